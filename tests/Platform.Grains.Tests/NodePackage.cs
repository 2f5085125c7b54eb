using System.Diagnostics;

namespace Platform.Grains.Tests;

/// <summary>
/// A node package under tests/ (ical-check, smtp-sink): tools we did not write that check what we produce.
/// <c>npm ci</c> runs once when node_modules is older than the lock file.
/// </summary>
internal static class NodePackage
{
    private static readonly SemaphoreSlim Install = new(1, 1);

    public static string? FindNode() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "node.exe" : "node"))
            .FirstOrDefault(File.Exists);

    public static string Node => FindNode() ?? throw new InvalidOperationException("node is not on PATH (apt-get install nodejs npm).");

    /// <summary>tests/<paramref name="name"/>, found above the test output folder, with its packages installed.</summary>
    public static async Task<string> ReadyAsync(string name)
    {
        var folder = Folder(name);
        await Install.WaitAsync();
        try
        {
            // Test assemblies run in parallel processes (host and browser tests share oidc-provider): one installs at a time.
            await using var otherProcesses = await LockAsync(Path.Combine(folder, ".npm-install.lock"));
            var marker = Path.Combine(folder, "node_modules", ".package-lock.json");
            if (!File.Exists(marker) || File.GetLastWriteTimeUtc(marker) < File.GetLastWriteTimeUtc(Path.Combine(folder, "package-lock.json")))
            {
                var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
                await RunAsync(npm, folder, ["ci", "--no-audit", "--no-fund", "--loglevel=error"]);
            }
        }
        finally
        {
            Install.Release();
        }

        return folder;
    }

    /// <summary>Holds <paramref name="path"/> open with no sharing: another process waits until this one lets go.</summary>
    private static async Task<FileStream> LockAsync(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 600)
            {
                await Task.Delay(500);
            }
        }
    }

    /// <summary>Runs <paramref name="program"/> to the end; its standard output, or an exception with its standard error.</summary>
    public static async Task<string> RunAsync(string program, string folder, IEnumerable<string> arguments)
    {
        using var process = Process.Start(Start(program, folder, arguments)) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}");
        }

        return await output;
    }

    public static ProcessStartInfo Start(string program, string folder, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static string Folder(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", name);
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"tests/{name} not found above the test output folder.");
    }
}
