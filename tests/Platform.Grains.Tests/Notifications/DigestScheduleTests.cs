using Platform.Grains.Notifications;

namespace Platform.Grains.Tests.Notifications;

public sealed class DigestScheduleTests
{
    [Fact]
    public void Due_MondayEightInBogota_DueFromThatInstantForOneDay()
    {
        // Monday 23 November 2026, 08:00 in Bogotá (UTC−5) is 13:00 UTC.
        var at = new DateTimeOffset(2026, 11, 23, 13, 0, 0, TimeSpan.Zero);

        var before = DigestSchedule.Due("America/Bogota", 1, 8, at.AddMinutes(-1));
        var onTime = DigestSchedule.Due("America/Bogota", 1, 8, at);
        var late = DigestSchedule.Due("America/Bogota", 1, 8, at.AddHours(23));
        var tooLate = DigestSchedule.Due("America/Bogota", 1, 8, at.AddHours(24));

        Assert.Null(before);
        Assert.Equal(("digest:2026-W48", at), (onTime?.DedupeKey, onTime?.Scheduled));
        Assert.Equal("digest:2026-W48", late?.DedupeKey);
        Assert.Null(tooLate);
    }

    [Fact]
    public void Due_PersonAheadOfUtc_UsesTheWeekOfTheirOwnCalendar()
    {
        // Monday 4 January 2027 08:00 in Auckland (UTC+13) is still Sunday 3 January 19:00 UTC: ISO week 2027-W01 there,
        // while UTC is in 2026-W53.
        var at = new DateTimeOffset(2027, 1, 3, 19, 0, 0, TimeSpan.Zero);

        var due = DigestSchedule.Due("Pacific/Auckland", 1, 8, at);

        Assert.Equal("digest:2027-W01", due?.DedupeKey);
    }

    [Fact]
    public void Due_HourSkippedBySpringForward_FallsDueWhenTheClocksResume()
    {
        // Paris, Sunday 29 March 2026: 02:00 becomes 03:00 (01:00 UTC). A Sunday-02:00 digest falls due at 03:00 local.
        var resumed = new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero);

        var before = DigestSchedule.Due("Europe/Paris", 7, 2, resumed.AddMinutes(-1));
        var due = DigestSchedule.Due("Europe/Paris", 7, 2, resumed);

        Assert.Null(before);
        Assert.Equal(("digest:2026-W13", resumed), (due?.DedupeKey, due?.Scheduled));
    }

    [Fact]
    public void Due_WeekAfterClocksGoBack_StillEightLocal()
    {
        // Paris leaves summer time on 25 October 2026: Monday 26 October 08:00 is 07:00 UTC, the Monday before was 06:00 UTC.
        var summer = DigestSchedule.Due("Europe/Paris", 1, 8, new DateTimeOffset(2026, 10, 19, 6, 0, 0, TimeSpan.Zero));
        var winterEarly = DigestSchedule.Due("Europe/Paris", 1, 8, new DateTimeOffset(2026, 10, 26, 6, 30, 0, TimeSpan.Zero));
        var winter = DigestSchedule.Due("Europe/Paris", 1, 8, new DateTimeOffset(2026, 10, 26, 7, 0, 0, TimeSpan.Zero));

        Assert.Equal("digest:2026-W43", summer?.DedupeKey);
        Assert.Null(winterEarly);
        Assert.Equal("digest:2026-W44", winter?.DedupeKey);
    }

    [Fact]
    public void Due_SundayLateAcrossTheWeekBoundary_StillLastWeeksDigest()
    {
        // Sunday 23:00 UTC digest; at Monday 01:00 UTC it is a new ISO week but last week's digest is still within its day.
        var due = DigestSchedule.Due("UTC", 7, 23, new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero));

        Assert.Equal("digest:2026-W48", due?.DedupeKey);
    }
}
