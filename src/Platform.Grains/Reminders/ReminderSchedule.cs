namespace Platform.Grains.Reminders;

/// <summary>
/// When action-item reminders and escalations fall due. A due date is a calendar date in the group's time zone:
/// the item is due until the end of that day there and overdue from 00:00 of the next day there. A person is
/// reminded at 09:00 on their own wall clock (their account's zone), whatever the group's zone.
/// </summary>
public static class ReminderSchedule
{
    /// <summary>The hour of day (recipient-local) at which item reminders go out.</summary>
    public static readonly LocalTime ReminderTime = new(9, 0);

    /// <summary>How long after its time a missed item reminder is still sent on catch-up; older ones are stale.</summary>
    public static readonly TimeSpan CatchUpWindow = TimeSpan.FromDays(7);

    /// <summary>The instant the item becomes overdue: 00:00 on the day after <paramref name="due"/>, in the group's zone.</summary>
    public static DateTimeOffset OverdueFrom(LocalDate due, string groupZone) =>
        WallClock.ToOffset(WallClock.Resolve(due.PlusDays(1).AtMidnight(), Zone(groupZone)));

    /// <summary>09:00 owner-local on the day <paramref name="daysBefore"/> days before the due date (owner's calendar).</summary>
    public static DateTimeOffset DueSoonAt(LocalDate due, int daysBefore, string ownerZone) =>
        WallClock.ToOffset(WallClock.Resolve(due.PlusDays(-daysBefore).At(ReminderTime), Zone(ownerZone)));

    /// <summary>
    /// The first 09:00 on the owner's clock at or after the item became overdue. For an owner east of the group (Paris
    /// for Bogotá) that is 09:00 on the day after the due date; for one far east (Tokyo for Bogotá) 09:00 the day after that,
    /// because at 09:00 Tokyo time on that date the item is still due in Bogotá.
    /// </summary>
    public static DateTimeOffset OverdueReminderAt(LocalDate due, string groupZone, string ownerZone)
    {
        var from = OverdueFrom(due, groupZone);
        var zone = Zone(ownerZone);
        var ownerDate = Instant.FromDateTimeOffset(from).InZone(zone).Date;
        var candidate = WallClock.ToOffset(WallClock.Resolve(ownerDate.At(ReminderTime), zone));
        return candidate >= from ? candidate : WallClock.ToOffset(WallClock.Resolve(ownerDate.PlusDays(1).At(ReminderTime), zone));
    }

    /// <summary>Today's date on the group's wall clock.</summary>
    public static LocalDate Today(DateTimeOffset now, string zone) => Instant.FromDateTimeOffset(now).InZone(Zone(zone)).Date;

    /// <summary>Whole days the item is overdue today in the group's zone (0 on the due date itself or before).</summary>
    public static int DaysOverdue(LocalDate due, DateTimeOffset now, string groupZone) =>
        Math.Max(0, Period.Between(due, Today(now, groupZone), PeriodUnits.Days).Days);

    /// <summary>The UTC date range that holds every zone's "today" (zones run from UTC−12 to UTC+14).</summary>
    public static (LocalDate Earliest, LocalDate Latest) TodayAnywhere(DateTimeOffset now)
    {
        var utc = LocalDate.FromDateTime(now.UtcDateTime);
        return (utc.PlusDays(-1), utc.PlusDays(1));
    }

    private static DateTimeZone Zone(string id) => WallClock.Zone(id) ?? DateTimeZone.Utc;
}
