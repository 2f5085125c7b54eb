using NodaTime.Calendars;

namespace Platform.Grains.Notifications;

/// <summary>
/// When a person's weekly digest falls due: their (weekday, hour) in their own zone, in the ISO week of their own
/// calendar. A digest is due from that instant for <see cref="Window"/>: a host that was down catches up, but a digest
/// is never sent days late. A wall time the clocks skip (spring forward) moves forward by the gap.
/// </summary>
public static class DigestSchedule
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    /// <summary>This week's (or, just after a week boundary, last week's) digest when it is due at <paramref name="now"/>; otherwise null.</summary>
    public static DigestDue? Due(string? timeZone, int weekday, int hour, DateTimeOffset now)
    {
        var zone = WallClock.Zone(timeZone) ?? DateTimeZone.Utc;
        var today = Instant.FromDateTimeOffset(now).InZone(zone).Date;
        var monday = today.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
        foreach (var weekStart in new[] { monday, monday.PlusWeeks(-1) })
        {
            var local = weekStart.PlusDays(Math.Clamp(weekday, 1, 7) - 1).At(new LocalTime(Math.Clamp(hour, 0, 23), 0));
            var scheduled = WallClock.Resolve(local, zone).ToDateTimeOffset();
            if (scheduled <= now && now < scheduled + Window)
            {
                var year = WeekYearRules.Iso.GetWeekYear(weekStart);
                var week = WeekYearRules.Iso.GetWeekOfWeekYear(weekStart);
                return new DigestDue(FormattableString.Invariant($"digest:{year:0000}-W{week:00}"), FormattableString.Invariant($"{year:0000}-W{week:00}"), scheduled);
            }
        }

        return null;
    }
}

/// <summary>A due digest: its dedupe key (<c>digest:2026-W48</c>), the week label, and the instant it fell due.</summary>
public sealed record DigestDue(string DedupeKey, string Week, DateTimeOffset Scheduled);
