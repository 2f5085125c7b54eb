using NodaTime.Text;
using NodaTime.TimeZones;

namespace Platform.Grains.Time;

/// <summary>
/// Wall-clock times: turns what people agreed ("09:00 in Bogotá") into instants and back with the IANA database, and
/// writes and reads the local dates and times we store. Meetings, series, reminders, incidents and digests all use it.
/// </summary>
public static class WallClock
{
    private static readonly LocalDateTimePattern Stored = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");
    private static readonly LocalDateTimePattern StoredWithSeconds = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss");

    public static DateTimeZone? Zone(string? id) => id is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);

    /// <summary>
    /// The instant of a local time in <paramref name="zone"/>. A time that does not exist (the clocks jump forward over it)
    /// moves forward by the length of the gap: 00:30 on a night Santiago skips 00:00–01:00 becomes 01:30. A time that
    /// happens twice (the clocks go back) takes the earlier offset, so the meeting starts the first time the clock shows it.
    /// </summary>
    public static Instant Resolve(LocalDateTime local, DateTimeZone zone) =>
        zone.ResolveLocal(local, Resolvers.LenientResolver).ToInstant();

    public static DateTimeOffset ToOffset(Instant instant) => instant.ToDateTimeOffset();

    public static string Write(LocalDateTime local) => Stored.Format(local);

    public static LocalDateTime Read(string text)
    {
        var parsed = Stored.Parse(text);
        return parsed.Success ? parsed.Value : StoredWithSeconds.Parse(text).Value;
    }

    public static string WriteDate(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);

    public static LocalDate ReadDate(string text) => LocalDatePattern.Iso.Parse(text).Value;

    public static string WriteTime(LocalTime time) => time.ToString("HH':'mm", CultureInfo.InvariantCulture);

    public static LocalTime ReadTime(string text) => LocalTimePattern.CreateWithInvariantCulture("HH':'mm").Parse(text).Value;

    /// <summary>The same instant on the wall clock of <paramref name="zoneId"/>, or in UTC when the zone is unknown.</summary>
    public static LocalDateTime InZone(DateTimeOffset utc, string? zoneId) =>
        Instant.FromDateTimeOffset(utc).InZone(Zone(zoneId) ?? DateTimeZone.Utc).LocalDateTime;
}
