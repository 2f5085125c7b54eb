namespace Platform.Web.Meetings;

/// <summary>Which month a calendar shows, on the viewer's clock; the times themselves are written by <see cref="ViewerClock"/>.</summary>
public static class MeetingClock
{
    /// <summary>The month a calendar shows, from <c>?month=2026-12</c>; the current month when absent or malformed.</summary>
    public static YearMonth Month(string? text, DateTimeOffset now, ViewerClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (text is { Length: 7 } && int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && text[4] == '-' && int.TryParse(text[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && y is >= 1900 and <= 2200 && m is >= 1 and <= 12)
        {
            return new YearMonth(y, m);
        }

        var today = clock.Local(now).Date;
        return new YearMonth(today.Year, today.Month);
    }

    /// <summary>The instants a month of <paramref name="clock"/>'s wall clock starts and ends.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Bounds(YearMonth month, ViewerClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var from = clock.Zone.AtStartOfDay(month.OnDayOfMonth(1));
        var to = clock.Zone.AtStartOfDay(month.PlusMonths(1).OnDayOfMonth(1));
        return (from.ToDateTimeOffset(), to.ToDateTimeOffset());
    }
}
