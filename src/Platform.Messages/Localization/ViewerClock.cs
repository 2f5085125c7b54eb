using System.Security.Claims;
using NodaTime;
using Platform.Grains.Time;

namespace Platform.Messages.Localization;

/// <summary>
/// A reader's clock: the one place a date or time becomes text for a person, on their wall clock and in their culture.
/// Components take it as a typed parameter, so a zone can never be passed as a mistyped string and silently fall
/// back to UTC (the calendar once received the literal text "ViewerZone"). The guard in the host tests finds every
/// component that uses it, and fails for one that turns a date or time into text any other way.
/// </summary>
public sealed class ViewerClock
{
    private ViewerClock(DateTimeZone zone) => Zone = zone;

    public static ViewerClock Utc { get; } = new(DateTimeZone.Utc);

    public DateTimeZone Zone { get; }

    /// <summary>The IANA id, as stored and as calendar files expect it.</summary>
    public string ZoneId => Zone.Id;

    /// <summary>"America/Bogota" as people read it.</summary>
    public string ZoneName => Zone.Id.Replace('_', ' ');

    /// <summary>The signed-in person's clock, from their profile's zone; UTC when unknown.</summary>
    public static ViewerClock For(ClaimsPrincipal? user) => In(user?.FindFirst(AccountClaims.TimeZone)?.Value);

    /// <summary>The clock of zone <paramref name="zoneId"/> (a recipient's, a group's); UTC when unknown.</summary>
    public static ViewerClock In(string? zoneId) => WallClock.Zone(zoneId) is { } zone ? new(zone) : Utc;

    public bool SameZoneAs(ViewerClock other) => ZoneId == other?.ZoneId;

    /// <summary>The wall-clock time of <paramref name="utc"/> on this clock.</summary>
    public LocalDateTime Local(DateTimeOffset utc) => Instant.FromDateTimeOffset(utc).InZone(Zone).LocalDateTime;

    /// <summary>"Tuesday, 12 January 2027 09:00".</summary>
    public string Full(DateTimeOffset utc) => Text(utc, "f");

    /// <summary>Short date and time.</summary>
    public string Brief(DateTimeOffset utc) => Text(utc, "g");

    /// <summary>Hours and minutes only.</summary>
    public string Clock(DateTimeOffset utc) => Text(utc, "t");

    /// <summary>Short date of the day <paramref name="utc"/> falls on here.</summary>
    public string Day(DateTimeOffset utc) => Text(utc, "d");

    /// <summary>Long date of the day <paramref name="utc"/> falls on here.</summary>
    public string LongDay(DateTimeOffset utc) => Text(utc, "D");

    /// <summary>A calendar date (a due date): the same day on every clock, in the reader's culture.</summary>
    public static string Date(LocalDate date) => date.ToDateTimeUnspecified().ToString("d", CultureInfo.CurrentCulture);

    /// <inheritdoc cref="Date(LocalDate)"/>
    public static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>A calendar date in full ("Tuesday, 12 January 2027"), the same day on every clock.</summary>
    public static string LongDate(LocalDate date) => date.ToDateTimeUnspecified().ToString("D", CultureInfo.CurrentCulture);

    /// <summary>A month heading, "January 2027".</summary>
    public static string Month(YearMonth month) => month.OnDayOfMonth(1).ToDateTimeUnspecified().ToString("Y", CultureInfo.CurrentCulture);

    /// <summary>A report's month, "Jan 2027": a bucket of the calendar, the same on every clock.</summary>
    public static string ShortMonth(DateOnly month) => month.ToString("MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>A whole hour of the day on this clock ("09:00"), as the digest's hour is chosen.</summary>
    public static string Hour(int hour) => new TimeOnly(hour, 0).ToString("t", CultureInfo.CurrentCulture);

    /// <summary>
    /// For machines (<c>&lt;time datetime&gt;</c>): the instant in UTC to the second, "2027-01-05T14:00:00Z". HTML allows
    /// at most three fractional digits ("O" wrote seven, which validators reject), and nobody reads a page to the tick.
    /// </summary>
    public static string Machine(DateTimeOffset utc) => utc.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>For machines (<c>&lt;time datetime&gt;</c>, <c>&lt;input type=date&gt;</c>): a calendar date in ISO 8601.</summary>
    public static string Machine(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);

    /// <inheritdoc cref="Machine(LocalDate)"/>
    public static string Machine(DateOnly date) => date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

    /// <summary>For machines (<c>?month=</c>, links): a month in ISO 8601, "2027-01".</summary>
    public static string Machine(YearMonth month) => month.ToString("yyyy'-'MM", CultureInfo.InvariantCulture);

    /// <summary>For machines (<c>&lt;input type=time&gt;</c>): a time of day, "09:00".</summary>
    public static string Machine(LocalTime time) => time.ToString("HH':'mm", CultureInfo.InvariantCulture);

    private string Text(DateTimeOffset utc, string format) => Local(utc).ToDateTimeUnspecified().ToString(format, CultureInfo.CurrentCulture);
}
