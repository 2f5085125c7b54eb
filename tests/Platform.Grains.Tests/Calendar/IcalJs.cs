using System.Text.Json;

namespace Platform.Grains.Tests.Calendar;

/// <summary>
/// Runs tests/ical-check/parse.mjs: ical.js (a parser we did not write) reads .ics files and reports each VEVENT with
/// start and end converted to UTC through the file's own VTIMEZONE.
/// </summary>
internal static class IcalJs
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Writes each text to its own .ics file and returns what ical.js read from each, in order.</summary>
    public static async Task<IReadOnlyList<ParsedCalendar>> ParseAsync(params string[] calendars)
    {
        var folder = await NodePackage.ReadyAsync("ical-check");
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

            var output = await NodePackage.RunAsync(NodePackage.Node, folder, ["parse.mjs", .. files]);
            return JsonSerializer.Deserialize<List<ParsedCalendar>>(output, Json) ?? throw new InvalidOperationException("ical.js printed nothing.");
        }
        finally
        {
            work.Delete(recursive: true);
        }
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
