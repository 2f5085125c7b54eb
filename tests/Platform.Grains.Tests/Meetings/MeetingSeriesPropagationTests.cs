using Platform.Grains.Meetings;
using Platform.Grains.WorkingGroups;

namespace Platform.Grains.Tests.Meetings;

/// <summary>
/// Each meeting row has one writer, its meeting grain: the series asks its occurrences to change, and finishes a
/// change cut short half-way at its next command without any meeting taking it twice (issue 12).
/// </summary>
public sealed class MeetingSeriesPropagationTests
{
    private static readonly SeriesChanges Morning = new("Reunión semanal", new LocalTime(9, 0), 120, "Alcaldía", null);

    // Mondays 7 December 2026 to 25 January 2027: eight occurrences, all after the silo's clock (22 November).
    private static readonly SeriesPattern Weekly = new(RecurrenceRule.Weekly, IsoDayOfWeek.Monday, null, new LocalDate(2026, 12, 1), new LocalDate(2027, 1, 26));

    [Fact]
    public async Task Create_Weekly_EachOccurrenceIsScheduledAndJournalledByItsOwnGrain()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();

        var ids = await silo.Series(Guid.NewGuid()).CreateAsync(new CreateSeries(group, Weekly, Morning, ana, Weekly.FirstOccurrence()));

        Assert.Equal(8, ids.Count);
        foreach (var id in ids)
        {
            Assert.Equal(1, await silo.Groups.CountAsync(
                "SELECT COUNT(*) FROM journal_entry WHERE entity_kind = 'meeting' AND entity_key = @key AND action = 'scheduled_in_series' AND actor = @ana",
                new { key = id.ToString("D"), ana }));
        }

        // One announcement per meeting from its grain, then the series' (the invitation mail) once every meeting exists.
        var published = (await silo.PublishedAsync()).ToList();
        Assert.Equal(ids, published.OfType<OccurrenceScheduled>().Select(e => e.MeetingId));
        Assert.Equal(ids, Assert.IsType<SeriesCreated>(published[^1]).MeetingIds);
        Assert.Empty(published.OfType<MeetingScheduled>());
    }

    [Fact]
    public async Task Create_Weekly_GroupActivityShowsTheSeriesRatherThanEachMeeting()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();

        await silo.Series(Guid.NewGuid()).CreateAsync(new CreateSeries(group, Weekly, Morning, ana, Weekly.FirstOccurrence()));

        var activity = await new WorkingGroupQueries(silo.Database).ActivityAsync(group);
        Assert.Equal(("meeting_series", "created"), (activity[0].EntityKind, activity[0].Action));
        Assert.DoesNotContain(activity, a => a.EntityKind == "meeting");
    }

    [Fact]
    public async Task EditRest_MeetingGrainActiveBeforeTheEdit_AnswersWithTheEditFromMemory()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (series, ids, ana) = await CreateAsync(silo);
        var third = silo.Meeting(ids[2]);
        var before = (await third.GetAsync())!;

        var changed = await series.EditRestAsync(new EditSeriesFrom(new LocalDate(2026, 12, 1), Morning with { Title = "Reunión de la tarde", StartTime = new LocalTime(14, 0) }, ana));

        var after = (await third.GetAsync())!;
        Assert.Equal(ids, changed);
        Assert.Equal(("Reunión de la tarde", new LocalTime(14, 0), before.Sequence + 1), (after.Details.Title, after.Details.Starts.TimeOfDay, after.Sequence));
        var stored = (await new MeetingStore(silo.Database).LoadAsync(ids[2]))!;
        Assert.Equal(stored with { Agenda = after.Agenda }, after);
    }

    [Fact]
    public async Task EditRest_DetachedOccurrenceActiveInMemory_KeepsItsOwnEdit()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (series, ids, ana) = await CreateAsync(silo);
        var moved = silo.Meeting(ids[1]);
        var shown = (await moved.GetAsync())!;
        var detached = await moved.EditAsync(new EditMeeting(shown.Details with { Title = "Visita de campo" }, ana, shown.EditVersion));

        var changed = await series.EditRestAsync(new EditSeriesFrom(new LocalDate(2026, 12, 1), Morning with { Title = "Reunión de la tarde" }, ana));

        Assert.DoesNotContain(ids[1], changed);
        var stored = (await new MeetingStore(silo.Database).LoadAsync(ids[1]))!;
        Assert.Equal(detached, (await moved.GetAsync())! with { Agenda = detached.Agenda });
        Assert.Equal(detached, stored with { Agenda = detached.Agenda });
        Assert.Equal("Reunión de la tarde", (await silo.Meeting(ids[2]).GetAsync())!.Details.Title);
    }

    [Fact]
    public async Task Create_OneOccurrenceFailsOnce_NextCommandCreatesTheRestAndAnnouncesTheSeriesOnce()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();
        var series = silo.Series(Guid.NewGuid());
        await FailOnceAt21DecemberAsync(silo, "INSERT");

        await Assert.ThrowsAnyAsync<DbException>(() => series.CreateAsync(new CreateSeries(group, Weekly, Morning, ana, Weekly.FirstOccurrence())));

        Assert.Equal((1L, 2L), (await silo.Groups.CountAsync("SELECT COUNT(*) FROM meeting_series"), await silo.Groups.CountAsync("SELECT COUNT(*) FROM meeting")));
        Assert.Empty((await silo.PublishedAsync()).OfType<SeriesCreated>());
        await ClearFaultAsync(silo);

        var cancelled = await series.CancelRestAsync(new CancelSeriesFrom(new LocalDate(2027, 1, 18), ana, true));

        var stored = await OccurrenceIdsAsync(silo.Database);
        Assert.Equal(8, stored.Count);
        Assert.Equal((8L, 8L), (
            await silo.Groups.CountAsync("SELECT COUNT(*) FROM journal_entry WHERE entity_kind = 'meeting' AND action = 'scheduled_in_series'"),
            await silo.Groups.CountAsync("SELECT COUNT(DISTINCT entity_key) FROM journal_entry WHERE entity_kind = 'meeting' AND action = 'scheduled_in_series'")));
        Assert.Equal(stored, Assert.Single((await silo.PublishedAsync()).OfType<SeriesCreated>()).MeetingIds);
        Assert.Equal(stored[6..], cancelled);
        Assert.Equal(MeetingStatus.Cancelled, (await silo.Meeting(stored[7]).GetAsync())!.Status);
    }

    [Fact]
    public async Task Resume_CreationCutShortHalfWay_CreatesTheRestWithoutAnotherCommandAndOnlyOnce()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();
        var series = silo.Series(Guid.NewGuid());
        await FailOnceAt21DecemberAsync(silo, "INSERT");
        await Assert.ThrowsAnyAsync<DbException>(() => series.CreateAsync(new CreateSeries(group, Weekly, Morning, ana, Weekly.FirstOccurrence())));
        var stillFailing = await silo.Resumption().RunAsync();
        await ClearFaultAsync(silo);

        var finished = await silo.Resumption().RunAsync();
        var again = await silo.Resumption().RunAsync();

        Assert.Equal((0, 1, 0), (stillFailing, finished, again));
        var stored = await OccurrenceIdsAsync(silo.Database);
        Assert.Equal(8, stored.Count);
        Assert.Equal(stored, Assert.Single((await silo.PublishedAsync()).OfType<SeriesCreated>()).MeetingIds);
        Assert.Equal(8, await silo.Groups.CountAsync("SELECT COUNT(DISTINCT entity_key) FROM journal_entry WHERE entity_kind = 'meeting' AND action = 'scheduled_in_series'"));
    }

    [Fact]
    public async Task Resume_EditCutShortHalfWay_FinishesTheEditAndNoMeetingTakesItTwice()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (series, ids, ana) = await CreateAsync(silo);
        await FailOnceAt21DecemberAsync(silo, "UPDATE");
        await Assert.ThrowsAnyAsync<DbException>(() => series.EditRestAsync(new EditSeriesFrom(new LocalDate(2026, 12, 1), Morning with { Title = "Reunión de la tarde" }, ana)));
        await ClearFaultAsync(silo);

        Assert.Equal(1, await silo.Resumption().RunAsync());

        var meetings = await Task.WhenAll(ids.Select(id => silo.Meeting(id).GetAsync()));
        Assert.All(meetings, m => Assert.Equal("Reunión de la tarde", m!.Details.Title));
        Assert.All(meetings, m => Assert.Equal(1L, m!.Sequence));
        Assert.Equal(0, await silo.Resumption().RunAsync());
    }

    [Fact]
    public async Task EditRest_OneOccurrenceFailsOnce_NextCommandFinishesTheEditAndNoMeetingTakesItTwice()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (series, ids, ana) = await CreateAsync(silo);
        await FailOnceAt21DecemberAsync(silo, "UPDATE");
        var evening = Morning with { Title = "Reunión de la tarde" };

        await Assert.ThrowsAnyAsync<DbException>(() => series.EditRestAsync(new EditSeriesFrom(new LocalDate(2026, 12, 1), evening, ana)));

        Assert.Equal(2, await silo.Groups.CountAsync("SELECT COUNT(*) FROM meeting WHERE title = 'Reunión de la tarde'"));
        await ClearFaultAsync(silo);

        var changed = await series.EditRestAsync(new EditSeriesFrom(new LocalDate(2027, 1, 4), evening with { Place = "Salón comunal" }, ana));

        var meetings = await Task.WhenAll(ids.Select(id => silo.Meeting(id).GetAsync()));
        Assert.All(meetings, m => Assert.Equal("Reunión de la tarde", m!.Details.Title));
        Assert.Equal([1L, 1L, 1L, 1L, 2L, 2L, 2L, 2L], meetings.Select(m => m!.Sequence));
        Assert.Equal(ids[4..], changed);
        Assert.Equal(12, await silo.Groups.CountAsync("SELECT COUNT(*) FROM journal_entry WHERE entity_kind = 'meeting' AND action = 'edited_with_series'"));
        Assert.Equal([ids[2..], ids[4..]], (await silo.PublishedAsync()).OfType<SeriesChanged>().Select(e => e.MeetingIds));
        Assert.Equal(12, (await silo.PublishedAsync()).OfType<OccurrenceChanged>().Count());
    }

    [Fact]
    public async Task ApplySeriesChange_SameSeriesVersionTwice_ChangesTheMeetingOnce()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (_, ids, ana) = await CreateAsync(silo);
        var seriesId = (await silo.Meeting(ids[0]).GetAsync())!.SeriesId!.Value;
        var change = new ApplySeriesChange(seriesId, Morning with { Title = "Reunión de la tarde" }, 2, ana);

        var first = await silo.Meeting(ids[0]).ApplySeriesChangeAsync(change);
        var second = await silo.Meeting(ids[0]).ApplySeriesChangeAsync(change);

        Assert.Equal((true, false), (first, second));
        Assert.Equal(1, (await silo.Meeting(ids[0]).GetAsync())!.Sequence);
    }

    private static async Task<(IMeetingSeriesGrain Series, List<Guid> Ids, string Actor)> CreateAsync(MeetingSilo silo)
    {
        var (group, ana, _) = await silo.GroupAsync();
        var series = silo.Series(Guid.NewGuid());
        var ids = await series.CreateAsync(new CreateSeries(group, Weekly, Morning, ana, Weekly.FirstOccurrence()));
        return (series, [.. ids], ana);
    }

    private static async Task<List<Guid>> OccurrenceIdsAsync(Database database)
    {
        await using var connection = await database.OpenAsync();
        return [.. (await connection.QueryAsync<string>("SELECT id FROM meeting ORDER BY series_slot")).Select(Guid.Parse)];
    }

    /// <summary>The next <paramref name="statement"/> (INSERT or UPDATE) of the 21 December 2026 occurrence fails once, as on a full disk.</summary>
    private static Task FailOnceAt21DecemberAsync(MeetingSilo silo, string statement) =>
        TestFaults.FailAsync(silo.Database, "fail_once", statement, "meeting", "disk full", "NEW.series_slot = '2026-12-21'");

    private static Task ClearFaultAsync(MeetingSilo silo) => TestFaults.ClearAsync(silo.Database, "fail_once", "meeting");
}
