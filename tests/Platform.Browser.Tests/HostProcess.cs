using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Platform.Browser.Tests;

/// <summary>
/// Starts the built Platform.Host the way an operator does, on a free loopback port and its own data folder,
/// and reads what it prints: the URL it listens on and the one-time setup link.
/// </summary>
public sealed partial class HostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<Uri> setupLink = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> output = [];

    private readonly bool ownsData;
    private readonly IReadOnlyDictionary<string, string> settings;

    private HostProcess(string dataDirectory, bool ownsData, IReadOnlyDictionary<string, string>? settings)
    {
        DataDirectory = dataDirectory;
        this.ownsData = ownsData;
        this.settings = settings ?? new Dictionary<string, string>();
        var start = new ProcessStartInfo("dotnet", [HostAssembly()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(HostAssembly())!,
        };
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        Configure(start);

        process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.Exited += (_, _) =>
        {
            var failure = new InvalidOperationException($"The host exited with code {process.ExitCode}:\n{Output}");
            listening.TrySetException(failure);
            setupLink.TrySetException(failure);
        };
    }

    public string DataDirectory { get; }

    public string Output
    {
        get
        {
            lock (output)
            {
                return string.Join('\n', output);
            }
        }
    }

    public Task<Uri> SetupLink => setupLink.Task;

    /// <summary>Starts the host; with <paramref name="demo"/> the data folder is first filled by the <c>demo</c> verb, as the README says.</summary>
    public static Task<HostProcess> StartAsync(bool demo = false) => StartAsync(demo, null, null);

    /// <summary>
    /// Starts a host on <paramref name="dataDirectory"/> (another host's, for a second host on the same data; left in place
    /// at dispose) or on a new folder, with extra <paramref name="settings"/> ("Section:Key" → value).
    /// </summary>
    public static async Task<HostProcess> StartAsync(bool demo, string? dataDirectory, IReadOnlyDictionary<string, string>? settings)
    {
        var host = new HostProcess(dataDirectory ?? Directory.CreateTempSubdirectory("roundtable-browser-").FullName, dataDirectory is null, settings);
        if (demo)
        {
            var (exitCode, output) = await host.RunVerbAsync("demo");
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"'demo' exited with {exitCode}:\n{output}");
            }
        }

        host.process.Start();
        host.process.BeginOutputReadLine();
        host.process.BeginErrorReadLine();
        await host.listening.Task.WaitAsync(TimeSpan.FromSeconds(90));
        return host;
    }

    public Uri BaseAddress => listening.Task.Result;

    /// <summary>Runs a command-line verb (<c>demo</c>, <c>verify-journal</c>, …) on this host's data folder and returns its exit code and output.</summary>
    public async Task<(int ExitCode, string Output)> RunVerbAsync(params string[] verb)
    {
        var start = new ProcessStartInfo("dotnet", [HostAssembly(), .. verb]) { RedirectStandardOutput = true, RedirectStandardError = true };
        Configure(start);
        using var verbProcess = Process.Start(start)!;
        var output = await verbProcess.StandardOutput.ReadToEndAsync() + await verbProcess.StandardError.ReadToEndAsync();
        await verbProcess.WaitForExitAsync();
        return (verbProcess.ExitCode, output);
    }

    /// <summary>The data folder and the extra settings, as environment variables (<c>Section:Key</c> → <c>Section__Key</c>).</summary>
    private void Configure(ProcessStartInfo start)
    {
        start.Environment["Storage__DataDirectory"] = DataDirectory;
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
    }

    /// <summary>Ends the process at once (SIGKILL, as <c>kill -9</c>): no shutdown, nothing flushed.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
        if (!ownsData)
        {
            return;
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp; a leftover folder must not hide the test's own result.
        }
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Add(line);
        }

        var url = ListeningLine().Match(line);
        if (url.Success)
        {
            listening.TrySetResult(new Uri(url.Groups[1].Value));
        }

        var setup = SetupLine().Match(line);
        if (setup.Success)
        {
            setupLink.TrySetResult(new Uri(setup.Groups[1].Value));
        }
    }

    /// <summary>The host's own build output, in the same configuration as this test assembly.</summary>
    internal static string HostAssembly()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = testOutput.Parent!.Name;
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Roundtable.slnx")))
        {
            root = root.Parent;
        }

        var path = Path.Combine(root?.FullName ?? throw new InvalidOperationException("Roundtable.slnx not found above the test output."),
            "src", "Platform.Host", "bin", configuration, "net10.0", "Platform.Host.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the host first.", path);
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();

    [GeneratedRegex(@"(https?://\S+/setup\?token=\S+)")]
    private static partial Regex SetupLine();
}
