using NodaTime.TimeZones;

namespace Platform.Grains.Calendar;

/// <summary>
/// Writes a VTIMEZONE from NodaTime's tzdb: one STANDARD or DAYLIGHT observance per zone interval that overlaps the
/// events' span, each with the local onset (in the offset it starts from) and its offsets. Listing the real transitions
/// instead of guessing an RRULE stays right for zones whose rules changed (Santiago moves its dates) and gives a zone
/// without daylight saving (Bogota, Accra) a single STANDARD.
/// </summary>
internal static class IcsTimeZone
{
    /// <summary>The onset written for an interval that has no start in tzdb (the zone's first interval).</summary>
    private static readonly LocalDateTime EarliestOnset = new(1601, 1, 1, 0, 0);

    public static DateTimeZone? Find(string id) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);

    public static void Write(IcsLines lines, DateTimeZone zone, Instant from, Instant to)
    {
        lines.Raw("BEGIN", "VTIMEZONE").Raw("TZID", zone.Id);
        // The end is inclusive: an event ending exactly at a transition is written in the offset that starts there.
        foreach (var interval in zone.GetZoneIntervals(new Interval(from, (to > from ? to : from) + Duration.Epsilon)))
        {
            Observance(lines, zone, interval);
        }

        lines.Raw("END", "VTIMEZONE");
    }

    private static void Observance(IcsLines lines, DateTimeZone zone, ZoneInterval interval)
    {
        var kind = interval.Savings == Offset.Zero ? "STANDARD" : "DAYLIGHT";
        var before = interval.HasStart ? zone.GetZoneInterval(interval.Start - Duration.Epsilon).WallOffset : interval.WallOffset;
        var onset = interval.HasStart ? interval.Start.WithOffset(before).LocalDateTime : EarliestOnset;
        lines.Raw("BEGIN", kind)
            .Raw("DTSTART", LocalText(onset))
            .Raw("TZOFFSETFROM", OffsetText(before))
            .Raw("TZOFFSETTO", OffsetText(interval.WallOffset))
            .Text("TZNAME", interval.Name)
            .Raw("END", kind);
    }

    public static string LocalText(LocalDateTime local) =>
        local.ToString("uuuuMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    public static string UtcText(Instant instant) =>
        instant.ToString("uuuuMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>UTC offsets as ±hhmm, or ±hhmmss when tzdb has seconds (old local mean times).</summary>
    private static string OffsetText(Offset offset)
    {
        var seconds = Math.Abs(offset.Seconds);
        var sign = offset.Seconds < 0 ? "-" : "+";
        var text = string.Create(CultureInfo.InvariantCulture, $"{sign}{seconds / 3600:00}{seconds / 60 % 60:00}");
        return seconds % 60 == 0 ? text : text + string.Create(CultureInfo.InvariantCulture, $"{seconds % 60:00}");
    }
}
