using Microsoft.Extensions.Logging;

namespace Platform.Host.Tests.Incidents;

/// <summary>A host for the public intake tests: logging at its most verbose, captured to a file in the data folder.</summary>
internal static class IntakeHost
{
    public const string UserAgentCanary = "CanaryPhone/9.1 (zq-ua-canary-4471)";

    public const string AddressCanary = "198.51.100.231";

    public static (PlatformFactory Factory, TraceCapture Log) Start(bool distinctAddresses = false)
    {
        TraceCapture? capture = null;
        var factory = new PlatformFactory
        {
            // Requests come from a proxy on loopback, which the host trusts for X-Forwarded-For, as behind nginx.
            ClientAddress = distinctAddresses ? null : IPAddress.Loopback,
            DistinctClientAddresses = distinctAddresses,
            Settings = new Dictionary<string, string>
            {
                ["Logging:LogLevel:Default"] = "Trace",
                ["Logging:LogLevel:Microsoft"] = "Trace",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
                ["Logging:LogLevel:Orleans"] = "Trace",
                ["Logging:LogLevel:Hangfire"] = "Trace",
            },
            TestServices = services =>
            {
                services.AddSingleton<ILoggerProvider>(provider => capture!);
            },
        };
        capture = new TraceCapture(Path.Combine(factory.Folder, "trace.log"));
        return (factory, capture);
    }

    /// <summary>A request as a phone behind the proxy sends it: the canary user agent, the canary address forwarded.</summary>
    public static void Canaries(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.UserAgent.Clear();
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgentCanary);
        client.DefaultRequestHeaders.TryAddWithoutValidation("X-Forwarded-For", AddressCanary);
    }

    /// <summary>Every file under <paramref name="folder"/> that holds <paramref name="text"/> as UTF-8 or UTF-16 bytes.</summary>
    public static IReadOnlyList<string> FilesHolding(string folder, string text)
    {
        var needles = new[] { System.Text.Encoding.UTF8.GetBytes(text), System.Text.Encoding.Unicode.GetBytes(text) };
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            byte[] bytes;
            using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            using (var copy = new MemoryStream())
            {
                stream.CopyTo(copy);
                bytes = copy.ToArray();
            }

            if (needles.Any(n => bytes.AsSpan().IndexOf(n) >= 0))
            {
                found.Add(Path.GetRelativePath(folder, file));
            }
        }

        return found;
    }
}
