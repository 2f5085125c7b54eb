using Platform.Grains.Meetings;
using Platform.Grains.Time;

namespace Platform.Grains.Tests.Meetings;

public sealed class RecurrenceTests
{
    private static readonly SeriesPattern SecondTuesday = new(RecurrenceRule.MonthlyNthWeekday, IsoDayOfWeek.Tuesday, 2, new LocalDate(2026, 1, 1), null);

    [Theory]
    [InlineData("America/Bogota", -5, -5)]
    [InlineData("Africa/Accra", 0, 0)]
    [InlineData("Europe/Paris", 1, 2)]
    [InlineData("America/Santiago", -3, -4)]
    public void MonthlySecondTuesday_AcrossDaylightSaving_KeepsNineLocalAndMovesUtcWithTheZone(string zoneId, int januaryOffset, int julyOffset)
    {
        var zone = WallClock.Zone(zoneId)!;

        var dates = SecondTuesday.DatesBetween(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));
        var instants = dates.Select(d => WallClock.Resolve(d + new LocalTime(9, 0), zone)).ToList();

        Assert.Equal(12, dates.Count);
        Assert.All(dates, d => Assert.Equal(IsoDayOfWeek.Tuesday, d.DayOfWeek));
        Assert.All(dates, d => Assert.InRange(d.Day, 8, 14));
        Assert.All(instants, i => Assert.Equal(new LocalTime(9, 0), i.InZone(zone).TimeOfDay));
        Assert.Equal(new LocalDate(2026, 1, 13), dates[0]);
        Assert.Equal(Offset.FromHours(januaryOffset), zone.GetUtcOffset(instants[0]));
        Assert.Equal(Offset.FromHours(julyOffset), zone.GetUtcOffset(instants[6]));
        Assert.Equal(9 - januaryOffset, instants[0].InUtc().Hour);
        Assert.Equal(9 - julyOffset, instants[6].InUtc().Hour);
    }

    [Theory]
    [InlineData("America/Santiago", 2026, 9, 6, 0, 30, 1, 30)]
    [InlineData("Europe/Paris", 2026, 3, 29, 2, 30, 3, 30)]
    public void Resolve_TimeInDaylightSavingGap_MovesForwardByTheGap(string zoneId, int y, int mo, int d, int h, int mi, int expectedHour, int expectedMinute)
    {
        var zone = WallClock.Zone(zoneId)!;

        var instant = WallClock.Resolve(new LocalDateTime(y, mo, d, h, mi), zone);

        Assert.Equal(new LocalDateTime(y, mo, d, expectedHour, expectedMinute), instant.InZone(zone).LocalDateTime);
    }

    [Fact]
    public void Resolve_AmbiguousTime_TakesTheEarlierOffset()
    {
        var zone = WallClock.Zone("Europe/Paris")!;

        var instant = WallClock.Resolve(new LocalDateTime(2026, 10, 25, 2, 30), zone);

        Assert.Equal(Offset.FromHours(2), zone.GetUtcOffset(instant));
    }

    [Fact]
    public void DatesBetween_LastFriday_FindsTheLastFridayOfEachMonth()
    {
        var pattern = new SeriesPattern(RecurrenceRule.MonthlyNthWeekday, IsoDayOfWeek.Friday, -1, new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30));

        var dates = pattern.DatesBetween(new LocalDate(2026, 1, 1), new LocalDate(2027, 1, 1));

        Assert.Equal(
            [new(2026, 1, 30), new(2026, 2, 27), new(2026, 3, 27), new(2026, 4, 24), new(2026, 5, 29), new(2026, 6, 26)],
            dates);
    }

    [Fact]
    public void DatesBetween_Quarterly_EveryThirdMonthFromTheFirstDate()
    {
        var pattern = new SeriesPattern(RecurrenceRule.Quarterly, IsoDayOfWeek.Wednesday, 1, new LocalDate(2026, 2, 10), null);

        var dates = pattern.DatesBetween(new LocalDate(2026, 1, 1), new LocalDate(2027, 2, 28));

        // February's first Wednesday (the 4th) falls before the first date, so the series starts in May.
        Assert.Equal([new(2026, 5, 6), new(2026, 8, 5), new(2026, 11, 4), new(2027, 2, 3)], dates);
    }

    [Fact]
    public void DatesBetween_Weekly_EveryWeekOnTheWeekday()
    {
        var pattern = new SeriesPattern(RecurrenceRule.Weekly, IsoDayOfWeek.Monday, null, new LocalDate(2026, 11, 25), new LocalDate(2026, 12, 21));

        var dates = pattern.DatesBetween(new LocalDate(2026, 11, 1), new LocalDate(2027, 1, 1));

        Assert.Equal([new(2026, 11, 30), new(2026, 12, 7), new(2026, 12, 14), new(2026, 12, 21)], dates);
    }

    [Theory]
    [InlineData(RecurrenceRule.MonthlyNthWeekday, 5, MeetingRule.WeekOfMonthInvalid)]
    [InlineData(RecurrenceRule.Quarterly, null, MeetingRule.WeekOfMonthInvalid)]
    public void Problem_BadWeekOfMonth_IsNamed(RecurrenceRule rule, int? week, MeetingRule code)
    {
        var pattern = new SeriesPattern(rule, IsoDayOfWeek.Monday, week, new LocalDate(2026, 1, 1), null);

        Assert.Equal(code, pattern.Problem());
    }
}
