using Platform.Grains;
using Platform.Grains.Meetings;

namespace Platform.Grains.Tests.Meetings;

public sealed class MeetingSeriesGrainTests
{
    private static readonly SeriesChanges Monthly = new("Reunión mensual", new LocalTime(9, 0), 120, "Alcaldía", null);

    [Fact]
    public async Task Create_MonthlySecondTuesdayInSantiago_MaterialisesAYearAtNineLocal()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync("America/Santiago");
        var pattern = new SeriesPattern(RecurrenceRule.MonthlyNthWeekday, IsoDayOfWeek.Tuesday, 2, new LocalDate(2026, 12, 1), null);

        var ids = await silo.Series(Guid.NewGuid()).CreateAsync(new CreateSeries(group, pattern, Monthly, ana, pattern.FirstOccurrence()));
        var meetings = await Task.WhenAll(ids.Select(id => silo.Meeting(id).GetAsync()));

        Assert.Equal(12, ids.Count);
        Assert.All(meetings, m => Assert.Equal(new LocalTime(9, 0), m!.Details.Starts.TimeOfDay));
        Assert.Equal(12, meetings[0]!.StartsUtc.Hour);
        Assert.Equal(13, meetings[7]!.StartsUtc.Hour);
        Assert.Equal(1, await silo.Groups.CountAsync("SELECT COUNT(*) FROM journal_entry WHERE working_group_id = @group AND entity_kind = 'meeting_series'", new { group = group.ToString("D") }));
    }

    [Fact]
    public async Task EditOne_Occurrence_DetachesItAndEditRestLeavesItAlone()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (series, ids, ana) = await WeeklyAsync(silo, new LocalDate(2026, 12, 1));
        var moved = silo.Meeting(ids[1]);
        var before = (await moved.GetAsync())!;
        await moved.EditAsync(new EditMeeting(before.Details with { Title = "Visita de campo" }, ana));

        var changed = await series.EditRestAsync(new EditSeriesFrom(new LocalDate(2026, 12, 1), Monthly with { StartTime = new LocalTime(14, 0), Title = "Reunión de la tarde" }, ana));

        var detached = (await moved.GetAsync())!;
        Assert.True(detached.Detached);
        Assert.Equal("Visita de campo", detached.Details.Title);
        Assert.Equal(new LocalTime(9, 0), detached.Details.Starts.TimeOfDay);
        Assert.DoesNotContain(ids[1], changed);
        var other = (await silo.Meeting(ids[2]).GetAsync())!;
        Assert.Equal(("Reunión de la tarde", new LocalTime(14, 0), 1L), (other.Details.Title, other.Details.Starts.TimeOfDay, other.Sequence));
    }

    [Fact]
    public async Task EditRest_FromAPastSlot_NeverChangesOccurrencesThatStarted()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (series, ids, ana) = await WeeklyAsync(silo, new LocalDate(2026, 11, 2));
        var past = (await silo.Meeting(ids[0]).GetAsync())!;

        var changed = await series.EditRestAsync(new EditSeriesFrom(new LocalDate(2026, 11, 2), Monthly with { Title = "Nuevo nombre" }, ana));

        var after = (await silo.Meeting(ids[0]).GetAsync())!;
        Assert.Equal(past with { Agenda = after.Agenda }, after);
        Assert.All(changed, id => Assert.True(ids.IndexOf(id) >= 3));
        Assert.Equal("Nuevo nombre", (await silo.Meeting(ids[3]).GetAsync())!.Details.Title);
    }

    [Fact]
    public async Task EditRest_OccurrenceChangedSinceTheFormShowedIt_IsRefusedAndChangesNothing()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (series, ids, ana) = await WeeklyAsync(silo, new LocalDate(2026, 12, 1));
        var shown = (await silo.Meeting(ids[2]).GetAsync())!;
        await silo.Meeting(ids[2]).EditAsync(new EditMeeting(shown.Details with { Place = "Salón comunal" }, ana, shown.EditVersion));

        var refused = await Assert.ThrowsAsync<Platform.Grains.Persistence.EditConflictException>(() =>
            series.EditRestAsync(new EditSeriesFrom(shown.SeriesSlot!.Value, Monthly with { Title = "Nuevo nombre" }, ana, shown.EditVersion)));

        Assert.Equal((shown.EditVersion, shown.EditVersion + 1), (refused.ExpectedVersion, refused.CurrentVersion));
        Assert.Equal("Reunión mensual", (await silo.Meeting(ids[3]).GetAsync())!.Details.Title);
    }

    [Fact]
    public async Task CancelRest_FromASlot_CancelsLaterOccurrencesOnlyAndEndsTheSeries()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (series, ids, ana) = await WeeklyAsync(silo, new LocalDate(2026, 12, 1));

        var cancelled = await series.CancelRestAsync(new CancelSeriesFrom(new LocalDate(2026, 12, 14), ana, true));

        // Weekly on Mondays from 1 December: the 7th is the first, the 14th the second.
        Assert.Equal(ids.Skip(1), cancelled);
        Assert.Equal(MeetingStatus.Scheduled, (await silo.Meeting(ids[0]).GetAsync())!.Status);
        Assert.Equal((MeetingStatus.Cancelled, 1L), ((await silo.Meeting(ids[1]).GetAsync())!.Status, (await silo.Meeting(ids[1]).GetAsync())!.Sequence));
        Assert.Equal(1, await silo.Groups.CountAsync("SELECT COUNT(*) FROM meeting_series WHERE until_date = '2026-12-13'"));
    }

    [Fact]
    public async Task Create_RuleMovesTheFirstMeetingUnconfirmed_IsRefusedAndWritesNothingThenConfirmedCreates()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();
        var pattern = new SeriesPattern(RecurrenceRule.MonthlyNthWeekday, IsoDayOfWeek.Tuesday, 1, new LocalDate(2027, 3, 4), new LocalDate(2027, 6, 30));

        var unconfirmed = await Assert.ThrowsAsync<RuleException<MeetingRule>>(() => silo.Series(Guid.NewGuid()).CreateAsync(new CreateSeries(group, pattern, Monthly, ana)));
        var stale = await Assert.ThrowsAsync<RuleException<MeetingRule>>(() => silo.Series(Guid.NewGuid()).CreateAsync(new CreateSeries(group, pattern, Monthly, ana, new LocalDate(2027, 3, 2))));
        var written = await silo.Groups.CountAsync("SELECT COUNT(*) FROM meeting") + await silo.Groups.CountAsync("SELECT COUNT(*) FROM meeting_series");
        var ids = await silo.Series(Guid.NewGuid()).CreateAsync(new CreateSeries(group, pattern, Monthly, ana, new LocalDate(2027, 4, 6)));

        Assert.Equal((MeetingRule.FirstDateMoved, "Date"), (unconfirmed.Code, unconfirmed.Field));
        Assert.Equal(MeetingRule.FirstDateMoved, stale.Code);
        Assert.Equal(0, written);
        Assert.Equal(new LocalDate(2027, 4, 6), (await silo.Meeting(ids[0]).GetAsync())!.Details.Starts.Date);
    }

    [Fact]
    public async Task Create_BadRule_IsRefusedAndWritesNothing()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();
        var pattern = new SeriesPattern(RecurrenceRule.MonthlyNthWeekday, IsoDayOfWeek.Tuesday, 7, new LocalDate(2026, 12, 1), null);

        var refused = await Assert.ThrowsAsync<RuleException<MeetingRule>>(() => silo.Series(Guid.NewGuid()).CreateAsync(new CreateSeries(group, pattern, Monthly, ana, pattern.FirstOccurrence())));

        Assert.Equal(MeetingRule.WeekOfMonthInvalid, refused.Code);
        Assert.Equal(0, await silo.Groups.CountAsync("SELECT COUNT(*) FROM meeting"));
    }

    private static async Task<(IMeetingSeriesGrain Series, List<Guid> Ids, string Actor)> WeeklyAsync(MeetingSilo silo, LocalDate first)
    {
        var (group, ana, _) = await silo.GroupAsync();
        var series = silo.Series(Guid.NewGuid());
        var pattern = new SeriesPattern(RecurrenceRule.Weekly, IsoDayOfWeek.Monday, null, first, first.PlusWeeks(8));
        var ids = await series.CreateAsync(new CreateSeries(group, pattern, Monthly, ana, pattern.FirstOccurrence()));
        return (series, [.. ids], ana);
    }
}
