using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Platform.Benchmarks.GroupPage;

/// <summary>
/// Starts the real host (Release, Production settings) on a seeded database, signs in as a member and times GETs of the
/// group page one after another. Requests carry X-Forwarded-Proto: https as behind the reverse proxy, so Secure cookies apply.
/// </summary>
internal static partial class GroupPageLoad
{
    public static async Task<IReadOnlyList<double>> RunAsync(int members, int requests)
    {
        var folder = Directory.CreateTempSubdirectory("roundtable-bench-page-").FullName;
        try
        {
            var (groupId, email) = await GroupPageSeed.CreateAsync(folder, members);
            var port = FreePort();
            using var host = StartHost(folder, port);
            try
            {
                using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
                client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
                await WaitForHealthAsync(client);
                var cookies = new Dictionary<string, string>();
                await SignInAsync(client, cookies, email);
                var path = $"/groups/{groupId}";

                // Warm-up: JIT, connection pool, the grain's activation.
                for (var i = 0; i < 20; i++)
                {
                    await GetAsync(client, cookies, path);
                }

                var times = new List<double>(requests);
                for (var i = 0; i < requests; i++)
                {
                    var clock = Stopwatch.StartNew();
                    await GetAsync(client, cookies, path);
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }

                return times;
            }
            finally
            {
                host.Kill(entireProcessTree: true);
                await host.WaitForExitAsync();
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    internal static Process StartHost(string folder, int port)
    {
        var root = RepositoryRoot();
        var start = new ProcessStartInfo("dotnet", ["run", "-c", "Release", "--no-launch-profile", "--project", Path.Combine(root, "src", "Platform.Host"), "--",
            $"--urls=http://127.0.0.1:{port}", $"--Storage:DataDirectory={folder}", "--Logging:LogLevel:Default=Warning"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    internal static async Task WaitForHealthAsync(HttpClient client)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet (dotnet run builds first).
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The host did not answer /health within 3 minutes.");
    }

    private static async Task SignInAsync(HttpClient client, Dictionary<string, string> cookies, string email)
    {
        var page = await GetAsync(client, cookies, "/account/sign-in");

        // The sign-in form inside <main>; the header carries other forms (language, sign-out) with their own tokens.
        var main = page[page.IndexOf("<main", StringComparison.Ordinal)..];
        var form = main[..main.IndexOf("</form>", StringComparison.Ordinal)];
        var fields = HiddenInput().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["Input.Email"] = email;
        fields["Input.Password"] = GroupPageSeed.Password;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in") { Content = new FormUrlEncodedContent(fields) };
        using var response = await SendAsync(client, cookies, request);
        if (response.StatusCode != HttpStatusCode.Found || !cookies.ContainsKey("__Host-rt"))
        {
            throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode}.");
        }
    }

    internal static async Task<string> GetAsync(HttpClient client, Dictionary<string, string> cookies, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        using var response = await SendAsync(client, cookies, request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
        }

        return await response.Content.ReadAsStringAsync();
    }

    internal static async Task<HttpResponseMessage> SendAsync(HttpClient client, Dictionary<string, string> cookies, HttpRequestMessage request)
    {
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            foreach (var pair in values.Select(v => v.Split(';')[0].Split('=', 2)))
            {
                cookies[pair[0]] = pair[1];
            }
        }

        return response;
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Roundtable.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository.");
    }

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"")]
    internal static partial Regex HiddenInput();
}
