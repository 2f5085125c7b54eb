using System.Globalization;
using System.Security.Claims;
using NodaTime;
using Platform.Grains.Meetings;
using Platform.Web.Accounts;

namespace Platform.Web.Meetings;

/// <summary>Meeting times on a person's own clock and on the group's, in the reader's culture.</summary>
public static class MeetingClock
{
    /// <summary>The viewer's IANA zone from their profile claim; UTC when unknown.</summary>
    public static string ViewerZone(ClaimsPrincipal? user)
    {
        var id = user?.FindFirst(AccountClaims.TimeZone)?.Value;
        return MeetingTime.Zone(id) is null ? "UTC" : id!;
    }

    /// <summary>"Tuesday, 8 December 2026 09:00" in <paramref name="zoneId"/>.</summary>
    public static string Full(DateTimeOffset utc, string zoneId) =>
        MeetingTime.InZone(utc, zoneId).ToDateTimeUnspecified().ToString("f", CultureInfo.CurrentCulture);

    /// <summary>Short date and time in <paramref name="zoneId"/>.</summary>
    public static string Brief(DateTimeOffset utc, string zoneId) =>
        MeetingTime.InZone(utc, zoneId).ToDateTimeUnspecified().ToString("g", CultureInfo.CurrentCulture);

    /// <summary>Hours and minutes only.</summary>
    public static string Clock(DateTimeOffset utc, string zoneId) =>
        MeetingTime.InZone(utc, zoneId).ToDateTimeUnspecified().ToString("t", CultureInfo.CurrentCulture);

    public static string ZoneName(string zoneId) => zoneId.Replace('_', ' ');

    /// <summary>The month a calendar shows, from <c>?month=2026-12</c>; the current month when absent or malformed.</summary>
    public static YearMonth Month(string? text, DateTimeOffset now, string zoneId)
    {
        if (text is { Length: 7 } && int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && text[4] == '-' && int.TryParse(text[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && y is >= 1900 and <= 2200 && m is >= 1 and <= 12)
        {
            return new YearMonth(y, m);
        }

        var today = MeetingTime.InZone(now, zoneId).Date;
        return new YearMonth(today.Year, today.Month);
    }

    public static string Param(YearMonth month) => month.ToString("yyyy'-'MM", CultureInfo.InvariantCulture);

    /// <summary>The instants a month of <paramref name="zoneId"/>'s wall clock starts and ends.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Bounds(YearMonth month, string zoneId)
    {
        var zone = MeetingTime.Zone(zoneId) ?? DateTimeZone.Utc;
        var from = zone.AtStartOfDay(month.OnDayOfMonth(1));
        var to = zone.AtStartOfDay(month.PlusMonths(1).OnDayOfMonth(1));
        return (from.ToDateTimeOffset(), to.ToDateTimeOffset());
    }
}
