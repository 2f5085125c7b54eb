using System.Text;
using Platform.Grains.Calendar;

namespace Platform.Grains.Tests.Calendar;

/// <summary>What ical.js reads back: SEQUENCE and STATUS after changes, a stable UID, escaped text and folded lines.</summary>
public sealed class IcsContentTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [NodeFact]
    public async Task Write_AfterUpdateAndCancellation_IcalJsSeesSequenceStatusAndSameUid()
    {
        using var db = await TempDatabase.MigratedAsync();
        var seed = await CalendarSeed.WithPersonAsync(db.Database);
        var group = await seed.GroupAsync("Mesa minera", "America/Bogota");
        var meeting = await seed.MeetingAsync(group, "America/Bogota", "Reunión mensual", "2026-02-03T09:00", place: "Alcaldía", onlineLink: "https://meet.example/abc");
        await seed.ExecuteAsync("""
            INSERT INTO agenda_item (id, meeting_id, position, title, created_at)
            VALUES (@a, @meeting, 2, 'Seguridad, comunidad', @now), (@b, @meeting, 1, 'Apertura', @now)
            """, new { a = Guid.NewGuid().ToString(), b = Guid.NewGuid().ToString(), meeting = meeting.ToString(), now = "2026-01-01T00:00:00.0000000Z" });
        var queries = new CalendarQueries(db.Database);
        var first = IcsWriter.Write([(await queries.MeetingAsync(group, meeting))!], "https://rt.example", Stamp);
        await seed.ExecuteAsync("UPDATE meeting SET title = 'Reunión aplazada', sequence = 1 WHERE id = @id", new { id = meeting.ToString() });
        var updated = IcsWriter.Write([(await queries.MeetingAsync(group, meeting))!], "https://rt.example", Stamp);
        await seed.ExecuteAsync("UPDATE meeting SET status = 'cancelled', sequence = 2 WHERE id = @id", new { id = meeting.ToString() });
        var cancelled = IcsWriter.Write(await queries.FeedAsync(seed.UserId, Stamp), "https://rt.example", Stamp, "Roundtable");

        var parsed = (await IcalJs.ParseAsync(first, updated, cancelled)).Select(c => Assert.Single(c.Events)).ToList();

        Assert.All(parsed, e => Assert.Equal($"{meeting:D}@roundtable", e.Uid));
        Assert.Equal([0, 1, 2], parsed.Select(e => e.Sequence));
        Assert.Equal(["CONFIRMED", "CONFIRMED", "CANCELLED"], parsed.Select(e => e.Status));
        Assert.Equal("Reunión aplazada", parsed[1].Summary);
        Assert.Equal("Alcaldía, https://meet.example/abc", parsed[0].Location);
        Assert.Equal($"https://rt.example/groups/{group:D}/meetings/{meeting:D}", parsed[0].Url);
        Assert.StartsWith("Mesa minera\n\n1. Apertura\n2. Seguridad, comunidad\n\nhttps://meet.example/abc", parsed[0].Description, StringComparison.Ordinal);
    }

    [NodeFact]
    public async Task Write_TitleWithCommasSemicolonsNewlines_IcalJsReadsItBackUnchanged()
    {
        const string title = "Seguridad, DDHH; comunidades\nSegunda línea \\ barra";
        var meeting = IcsTimeZoneTests.Event("Europe/Paris", Stamp, Stamp.AddHours(1), title) with { Place = "Salle 3, étage 2; bâtiment B" };

        var text = IcsWriter.Write([meeting], "https://rt.example", Stamp);
        var parsed = Assert.Single((await IcalJs.ParseAsync(text))[0].Events);

        Assert.Contains(@"SUMMARY:Seguridad\, DDHH\; comunidades\nSegunda línea \\ barra" + "\r\n", text, StringComparison.Ordinal);
        Assert.Equal(title, parsed.Summary);
        Assert.Equal("Salle 3, étage 2; bâtiment B", parsed.Location);
    }

    [NodeFact]
    public async Task Write_LongSpanishTitle_FoldsAt75OctetsWithoutSplittingCharacters()
    {
        var title = string.Concat(Enumerable.Repeat("Reunión técnica sobre acción comunitaria y derechos humanos en Segovia; ñandú ", 3))[..200];
        var meeting = IcsTimeZoneTests.Event("America/Santiago", Stamp, Stamp.AddHours(1), title);

        var text = IcsWriter.Write([meeting], "https://rt.example", Stamp);
        var parsed = Assert.Single((await IcalJs.ParseAsync(text))[0].Events);

        Assert.Equal(200, title.Length);
        Assert.Equal(title, parsed.Summary);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text.Replace("\r\n", "", StringComparison.Ordinal));
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var bytes = Encoding.UTF8.GetBytes(text);
        var lines = Split(bytes);
        Assert.All(lines, line => Assert.InRange(line.Length, 0, 75));
        Assert.All(lines, line => strict.GetString(line));
        Assert.True(lines.Count(l => l.Length > 0 && l[0] == (byte)' ') >= 3, "a 200-character title folds onto several lines");
    }

    /// <summary>Splits on CRLF and returns each line's octets, so a line that splits a character fails strict decoding.</summary>
    private static List<byte[]> Split(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 2;
            }
        }

        return lines;
    }
}
