using Platform.Grains.Reminders;

namespace Platform.Grains.Tests.Reminders;

public sealed class ReminderScheduleTests
{
    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void DueSoonAt_OwnerInParisBeforeSpringForward_IsNineCetWhichIsEightUtc()
    {
        // Due Tuesday 31 March; 3 days before is Saturday 28 March, still winter time in Paris (UTC+1).
        Assert.Equal(Utc(3, 28, 8), ReminderSchedule.DueSoonAt(new LocalDate(2026, 3, 31), 3, "Europe/Paris"));
    }

    [Fact]
    public void DueSoonAt_OwnerInParisAfterSpringForward_IsNineCestWhichIsSevenUtc()
    {
        // Clocks went forward on Sunday 29 March: Monday 30 March 09:00 is UTC+2.
        Assert.Equal(Utc(3, 30, 7), ReminderSchedule.DueSoonAt(new LocalDate(2026, 4, 2), 3, "Europe/Paris"));
    }

    [Fact]
    public void DueSoonAt_OwnerInBogotaForTheSameDates_StaysAtFourteenUtc()
    {
        Assert.Equal((Utc(3, 28, 14), Utc(3, 30, 14)),
            (ReminderSchedule.DueSoonAt(new LocalDate(2026, 3, 31), 3, "America/Bogota"), ReminderSchedule.DueSoonAt(new LocalDate(2026, 4, 2), 3, "America/Bogota")));
    }

    [Fact]
    public void DueSoonAt_ParisOwnerOnTheAutumnFallBackDay_IsNineCetWhichIsEightUtc()
    {
        // Clocks go back at 03:00 on Sunday 25 October 2026; 09:00 that day is already UTC+1. The day before is UTC+2.
        Assert.Equal((Utc(10, 24, 7), Utc(10, 25, 8)),
            (ReminderSchedule.DueSoonAt(new LocalDate(2026, 10, 27), 3, "Europe/Paris"), ReminderSchedule.DueSoonAt(new LocalDate(2026, 10, 28), 3, "Europe/Paris")));
    }

    [Fact]
    public void OverdueFrom_GroupInBogota_IsMidnightBogotaAfterTheDueDay()
    {
        Assert.Equal(Utc(4, 1, 5), ReminderSchedule.OverdueFrom(new LocalDate(2026, 3, 31), "America/Bogota"));
    }

    [Fact]
    public void OverdueFrom_SantiagoMidnightSkippedBySpringForward_IsOneInTheMorningLocal()
    {
        // Santiago moves from UTC−4 to UTC−3 at 00:00 on Sunday 6 September 2026: that midnight does not exist.
        Assert.Equal(Utc(9, 6, 4), ReminderSchedule.OverdueFrom(new LocalDate(2026, 9, 5), "America/Santiago"));
    }

    [Fact]
    public void OverdueFrom_SantiagoAfterFallBack_UsesWinterOffset()
    {
        // Santiago returns to UTC−4 on the night of 4–5 April 2026.
        Assert.Equal((Utc(4, 4, 3), Utc(4, 6, 4)),
            (ReminderSchedule.OverdueFrom(new LocalDate(2026, 4, 3), "America/Santiago"), ReminderSchedule.OverdueFrom(new LocalDate(2026, 4, 5), "America/Santiago")));
    }

    [Theory]
    // Paris owner of a Bogotá item: overdue from 05:00 UTC on 1 April; 09:00 in Paris (CEST) that day is 07:00 UTC, after it.
    [InlineData(3, 31, "America/Bogota", "Europe/Paris", 4, 1, 7)]
    // The same before spring forward: 09:00 CET is 08:00 UTC.
    [InlineData(3, 26, "America/Bogota", "Europe/Paris", 3, 27, 8)]
    // Bogotá owner of a Paris item: overdue from 00:00 Paris on 1 April = 22:00 UTC on 31 March = 17:00 in Bogotá; 09:00 Bogotá on the 31st came before it.
    [InlineData(3, 31, "Europe/Paris", "America/Bogota", 4, 1, 14)]
    // Accra owner of a Santiago item: 09:00 UTC.
    [InlineData(9, 5, "America/Santiago", "Africa/Accra", 9, 6, 9)]
    public void OverdueReminderAt_OwnerAndGroupInTheirZones_IsTheOwnersFirstNineOnceOverdue(
        int dueMonth, int dueDay, string groupZone, string ownerZone, int month, int day, int hourUtc)
    {
        Assert.Equal(Utc(month, day, hourUtc), ReminderSchedule.OverdueReminderAt(new LocalDate(2026, dueMonth, dueDay), groupZone, ownerZone));
    }

    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    public void DaysOverdue_AroundMidnightInTheGroupZone_CountsWholeLocalDays(int hourUtc, int expected)
    {
        // Due 5 March in Bogotá (UTC−5): 6 March begins there at 05:00 UTC.
        Assert.Equal(expected, ReminderSchedule.DaysOverdue(new LocalDate(2026, 3, 5), Utc(3, 6, hourUtc), "America/Bogota"));
    }
}
