using System.Diagnostics;
using System.Text.Json;

namespace Platform.Grains.Tests.Calendar;

/// <summary>
/// Runs tests/ical-check/parse.mjs: ical.js (a parser we did not write) reads .ics files and reports each VEVENT with
/// start and end converted to UTC through the file's own VTIMEZONE. <c>npm ci</c> runs once when node_modules is stale.
/// </summary>
internal static class IcalJs
{
    private static readonly SemaphoreSlim Install = new(1, 1);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string? FindNode() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "node.exe" : "node"))
            .FirstOrDefault(File.Exists);

    /// <summary>Writes each text to its own .ics file and returns what ical.js read from each, in order.</summary>
    public static async Task<IReadOnlyList<ParsedCalendar>> ParseAsync(params string[] calendars)
    {
        var node = FindNode() ?? throw new InvalidOperationException("node is not on PATH: ical.js cannot check the .ics files.");
        var folder = CheckFolder();
        await EnsureInstalledAsync(folder);
        var work = Directory.CreateTempSubdirectory("roundtable-ics-");
        try
        {
            var files = new List<string>();
            for (var i = 0; i < calendars.Length; i++)
            {
                var file = Path.Combine(work.FullName, $"calendar-{i}.ics");
                await File.WriteAllTextAsync(file, calendars[i], new System.Text.UTF8Encoding(false));
                files.Add(file);
            }

            var output = await RunAsync(node, folder, ["parse.mjs", .. files]);
            return JsonSerializer.Deserialize<List<ParsedCalendar>>(output, Json) ?? throw new InvalidOperationException("ical.js printed nothing.");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task EnsureInstalledAsync(string folder)
    {
        await Install.WaitAsync();
        try
        {
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
    }

    private static async Task<string> RunAsync(string program, string folder, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}: {await error}");
        }

        return await output;
    }

    private static string CheckFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "ical-check");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("tests/ical-check not found above the test output folder.");
    }
}

internal sealed record ParsedCalendar(string File, string? Method, string? Name, IReadOnlyList<string> TimeZones, IReadOnlyList<ParsedEvent> Events);

internal sealed record ParsedEvent(
    string Uid,
    int Sequence,
    string Status,
    string Summary,
    string? Location,
    string? Description,
    string? Url,
    string? Tzid,
    DateTimeOffset Start,
    DateTimeOffset End);
