using Platform.Grains.Calendar;

namespace Platform.Grains.Tests.Calendar;

/// <summary>ical.js, reading only the VTIMEZONE we wrote, must land on the same UTC instants as NodaTime, across DST changes.</summary>
public sealed class IcsTimeZoneTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // Paris: summer time 2026-03-29 and back 2026-10-25. Santiago: winter time from 2026-04-05, summer from 2026-09-06.
    private static readonly (string Zone, string Start)[] Meetings =
    [
        ("America/Bogota", "2026-03-10T09:00"),
        ("America/Bogota", "2026-11-10T09:00"),
        ("Africa/Accra", "2026-03-28T10:00"),
        ("Africa/Accra", "2026-10-26T10:00"),
        ("Europe/Paris", "2026-03-28T10:00"),
        ("Europe/Paris", "2026-03-30T10:00"),
        ("Europe/Paris", "2026-10-24T10:00"),
        ("Europe/Paris", "2026-10-25T01:00"),
        ("Europe/Paris", "2026-10-26T10:00"),
        ("America/Santiago", "2026-04-03T09:00"),
        ("America/Santiago", "2026-04-06T09:00"),
        ("America/Santiago", "2026-09-04T09:00"),
        ("America/Santiago", "2026-09-07T09:00"),
    ];

    [NodeFact]
    public async Task Write_MeetingsInFourZonesAcrossDst_IcalJsReadsNodaTimeInstants()
    {
        using var db = await TempDatabase.MigratedAsync();
        var seed = await CalendarSeed.WithPersonAsync(db.Database);
        var expected = new Dictionary<string, (DateTimeOffset Start, DateTimeOffset End)>();
        foreach (var zone in Meetings.Select(m => m.Zone).Distinct())
        {
            var group = await seed.GroupAsync($"Mesa {zone}", zone);
            foreach (var (_, start) in Meetings.Where(m => m.Zone == zone))
            {
                // Three hours: the Paris meeting at 01:00 on 25 October ends after the clocks went back.
                var id = await seed.MeetingAsync(group, zone, $"{zone} {start}", start, minutes: 180);
                var local = NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm").Parse(start).Value;
                expected[IcsWriter.Uid(id)] = (CalendarSeed.Utc(zone, local), CalendarSeed.Utc(zone, local.PlusHours(3)));
            }
        }

        var events = await new CalendarQueries(db.Database).FeedAsync(seed.UserId, Stamp);
        var parsed = (await IcalJs.ParseAsync(IcsWriter.Write(events, "https://rt.example", Stamp, "Roundtable")))[0];

        Assert.Equal(("PUBLISH", "Roundtable"), (parsed.Method, parsed.Name));
        Assert.Equal(Meetings.Length, parsed.Events.Count);
        Assert.Equal(["Africa/Accra", "America/Bogota", "America/Santiago", "Europe/Paris"], parsed.TimeZones.Order(StringComparer.Ordinal));
        foreach (var e in parsed.Events)
        {
            Assert.Equal((expected[e.Uid].Start, expected[e.Uid].End, e.Summary), (e.Start, e.End, e.Summary));
        }
    }

    [Fact]
    public void Write_ParisFallBackMeeting_IsWrittenInLocalTimeOnBothSides()
    {
        var start = new DateTimeOffset(2026, 10, 24, 23, 0, 0, TimeSpan.Zero);
        var meeting = Event("Europe/Paris", start, start.AddHours(3));

        var text = IcsWriter.Write([meeting], "https://rt.example", start);

        Assert.Contains("DTSTART;TZID=Europe/Paris:20261025T010000\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTEND;TZID=Europe/Paris:20261025T030000\r\n", text, StringComparison.Ordinal);
        Assert.Contains("BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n", text, StringComparison.Ordinal);
        Assert.Contains("BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("America/Bogota", "-0500")]
    [InlineData("Africa/Accra", "+0000")]
    public void Write_ZoneWithoutDaylightSaving_HasOneStandardObservance(string zone, string offset)
    {
        var start = new DateTimeOffset(2026, 3, 1, 14, 0, 0, TimeSpan.Zero);
        var meetings = new[] { Event(zone, start, start.AddHours(2)), Event(zone, start.AddMonths(8), start.AddMonths(8).AddHours(2)) };

        var text = IcsWriter.Write(meetings, "https://rt.example", start);

        Assert.Equal(1, Count(text, "BEGIN:VTIMEZONE"));
        Assert.Equal(1, Count(text, "BEGIN:STANDARD"));
        Assert.Equal(0, Count(text, "BEGIN:DAYLIGHT"));
        Assert.Contains($"TZOFFSETTO:{offset}\r\n", text, StringComparison.Ordinal);
    }

    internal static CalendarEvent Event(string zone, DateTimeOffset start, DateTimeOffset end, string title = "Reunión") =>
        new(Guid.NewGuid(), Guid.NewGuid(), title, start, end, zone, null, null, null, 0, false, start);

    private static int Count(string text, string line) =>
        text.Split("\r\n").Count(l => l == line);

    [Fact]
    public void Write_SantiagoSpan_ListsEachTransitionInside()
    {
        var zone = DateTimeZoneProviders.Tzdb["America/Santiago"];
        var start = new DateTimeOffset(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);

        var text = IcsWriter.Write([Event(zone.Id, start, start.AddHours(1)), Event(zone.Id, start.AddMonths(11), start.AddMonths(11).AddHours(1))], "https://rt.example", start);

        // Summer time at the start, winter from April, summer again from September: three observances.
        Assert.Equal(2, Count(text, "BEGIN:DAYLIGHT"));
        Assert.Equal(1, Count(text, "BEGIN:STANDARD"));
    }
}
