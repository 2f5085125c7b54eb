using Platform.Grains;
using Platform.Grains.Mail;
using Platform.Grains.Meetings;

namespace Platform.Grains.Tests.Meetings;

/// <summary>Invitations go out when the facilitator sends them (or at the time planned), once; before that nobody is told of changes (issue 15).</summary>
public sealed class MeetingInvitationTests : IAsyncLifetime
{
    // 8 December 2026, after the silo's clock (22 November 2026 12:00 UTC).
    private static readonly MeetingDetails Ahead = MeetingSilo.Details(new LocalDateTime(2026, 12, 8, 9, 0));

    private MeetingSilo silo = null!;
    private Guid group;
    private string ana = "";

    public async Task InitializeAsync()
    {
        silo = await MeetingSilo.StartAsync();
        (group, ana, _) = await silo.GroupAsync();
    }

    /// <remarks>The silo takes its database with it.</remarks>
    public Task DisposeAsync() => silo is null ? Task.CompletedTask : silo.DisposeAsync().AsTask();

    /// <summary>A meeting Ana scheduled for <see cref="Ahead"/>, no invitation sent.</summary>
    private async Task<Guid> ScheduledAsync()
    {
        var id = Guid.NewGuid();
        await silo.Meeting(id).ScheduleAsync(new ScheduleMeeting(group, Ahead, ana));
        return id;
    }

    [Fact]
    public async Task Schedule_Meeting_WritesNoMailRequestAndIsNotInvited()
    {

        var meeting = await silo.Meeting(Guid.NewGuid()).ScheduleAsync(new ScheduleMeeting(group, Ahead, ana));

        Assert.Empty(await silo.RequestsAsync());
        Assert.Null(meeting.InvitationsSentAt);
    }

    [Fact]
    public async Task SendInvitations_Scheduled_WritesExactlyOneRequestAndNamesTheSenderInTheJournal()
    {
        var id = await ScheduledAsync();

        var sent = await silo.Meeting(id).SendInvitationsAsync(new SendInvitations(ana));

        var request = Assert.Single(await silo.RequestsAsync());
        Assert.Equal((MailRequestKind.MeetingScheduled, id.ToString("D")), (request.Kind, request.EntityKey));
        Assert.Equal(silo.Time.GetUtcNow(), sent.InvitationsSentAt);
        Assert.Equal(silo.Time.GetUtcNow(), (await new MeetingStore(silo.Database).LoadAsync(id))!.InvitationsSentAt);
        Assert.Equal(1, await silo.Groups.CountAsync(
            "SELECT COUNT(*) FROM journal_entry WHERE entity_key = @key AND action = 'invitations_sent' AND actor = @ana", new { key = id.ToString("D"), ana }));
    }

    [Fact]
    public async Task SendInvitations_Twice_SecondIsRefusedAndNoSecondRequest()
    {
        var id = await ScheduledAsync();
        await silo.Meeting(id).SendInvitationsAsync(new SendInvitations(ana));

        var refused = await Assert.ThrowsAsync<RuleException<MeetingRule>>(() => silo.Meeting(id).SendInvitationsAsync(new SendInvitations(ana)));

        Assert.Equal(MeetingRule.InvitationsAlreadySent, refused.Code);
        Assert.Single(await silo.RequestsAsync());
    }

    [Fact]
    public async Task ChangesAndCancel_BeforeInvitations_NotifyNobody()
    {
        var id = Guid.NewGuid();
        var meeting = await silo.Meeting(id).ScheduleAsync(new ScheduleMeeting(group, Ahead, ana));

        meeting = await silo.Meeting(id).EditAsync(new EditMeeting(Ahead with { Title = "Reunión aplazada" }, ana, meeting.EditVersion));
        meeting = await silo.Meeting(id).SetAgendaAsync(new SetAgenda([new AgendaLine(null, "Informe", null, 20, null)], ana, meeting.EditVersion));
        await silo.Meeting(id).CancelAsync(new CancelMeeting(ana, true));

        Assert.Empty(await silo.RequestsAsync());
    }

    [Fact]
    public async Task Edit_AfterInvitations_NotifiesAsBefore()
    {
        var id = await ScheduledAsync();
        var sent = await silo.Meeting(id).SendInvitationsAsync(new SendInvitations(ana));

        await silo.Meeting(id).EditAsync(new EditMeeting(Ahead with { Title = "Reunión aplazada" }, ana, sent.EditVersion));

        Assert.Equal([MailRequestKind.MeetingScheduled, MailRequestKind.MeetingChanged], (await silo.RequestsAsync()).Select(r => r.Kind));
    }

    [Fact]
    public async Task InvitationScan_PlannedTimeComes_SendsOnceWithTheAgendaOfThen()
    {
        var id = await ScheduledAsync();
        var planned = await silo.Meeting(id).PlanInvitationsAsync(new PlanInvitations(silo.Time.GetUtcNow().AddDays(2), ana));
        var scan = silo.Scan();

        var early = await scan.RunAsync(silo.Time.GetUtcNow());
        await silo.Meeting(id).SetAgendaAsync(new SetAgenda([new AgendaLine(null, "Informe", null, 20, null)], ana, planned.EditVersion));
        silo.Time.Advance(TimeSpan.FromDays(2));
        var due = await scan.RunAsync(silo.Time.GetUtcNow());
        silo.Time.Advance(TimeSpan.FromMinutes(1));
        var again = await scan.RunAsync(silo.Time.GetUtcNow());

        Assert.Equal(((0, 0), (1, 1), (0, 0)), (early, due, again));
        Assert.Equal([MailRequestKind.MeetingScheduled], (await silo.RequestsAsync()).Select(r => r.Kind));
        var stored = (await silo.Meeting(id).GetAsync())!;
        Assert.Equal((1, (DateTimeOffset?)null), (stored.Agenda.Count, stored.InvitationsDueAt));
        Assert.Equal(1, await silo.Groups.CountAsync(
            "SELECT COUNT(*) FROM journal_entry WHERE entity_key = @key AND action = 'invitations_sent' AND actor = @ana", new { key = id.ToString("D"), ana }));
    }

    [Fact]
    public async Task InvitationScan_PlanCalledOff_SendsNothing()
    {
        var id = await ScheduledAsync();
        await silo.Meeting(id).PlanInvitationsAsync(new PlanInvitations(silo.Time.GetUtcNow().AddHours(1), ana));

        await silo.Meeting(id).PlanInvitationsAsync(new PlanInvitations(null, ana));
        silo.Time.Advance(TimeSpan.FromHours(2));

        Assert.Equal((0, 0), await silo.Scan().RunAsync(silo.Time.GetUtcNow()));
        Assert.Empty(await silo.RequestsAsync());
    }

    [Theory]
    [InlineData(-1, MeetingRule.InvitationsDuePast)]
    [InlineData(24 * 30, MeetingRule.InvitationsDueAfterStart)]
    public async Task PlanInvitations_PastOrAfterStart_IsRefusedOnItsField(int hoursFromNow, MeetingRule code)
    {
        var id = await ScheduledAsync();

        var refused = await Assert.ThrowsAsync<RuleException<MeetingRule>>(() =>
            silo.Meeting(id).PlanInvitationsAsync(new PlanInvitations(silo.Time.GetUtcNow().AddHours(hoursFromNow), ana)));

        Assert.Equal((code, "At"), (refused.Code, refused.Field));
        Assert.Null((await silo.Meeting(id).GetAsync())!.InvitationsDueAt);
    }

    [Fact]
    public async Task Series_SentFromAnOccurrence_OneSeriesRequestAndEveryOccurrenceCountsAsInvited()
    {
        var weekly = new SeriesPattern(RecurrenceRule.Weekly, IsoDayOfWeek.Monday, null, new LocalDate(2026, 12, 7), new LocalDate(2026, 12, 28));
        var seriesId = Guid.NewGuid();
        var ids = await silo.Series(seriesId).CreateAsync(new CreateSeries(group, weekly, new SeriesChanges("Reunión semanal", new LocalTime(9, 0), 60, null, null), ana));
        var created = await silo.RequestsAsync();
        var third = (await silo.Meeting(ids[2]).GetAsync())!;

        await silo.Meeting(ids[0]).SendInvitationsAsync(new SendInvitations(ana));
        var refused = await Assert.ThrowsAsync<RuleException<MeetingRule>>(() => silo.Meeting(ids[1]).SendInvitationsAsync(new SendInvitations(ana)));
        await silo.Meeting(ids[2]).EditAsync(new EditMeeting(third.Details with { Title = "Reunión aplazada" }, ana, third.EditVersion));

        Assert.Empty(created);
        Assert.Equal(MeetingRule.InvitationsAlreadySent, refused.Code);
        Assert.Equal(
            [(MailRequestKind.SeriesCreated, seriesId.ToString("D")), (MailRequestKind.MeetingChanged, ids[2].ToString("D"))],
            (await silo.RequestsAsync()).Select(r => (r.Kind, r.EntityKey)));
    }

    [Fact]
    public async Task Migration_ExistingMeetings_CountAsInvitedWhenScheduled()
    {
        using var older = new TempDatabase();
        await new Migrator(older.Database, [.. Migration.Embedded(older.Database.Dialect.Name).Where(m => m.Number < 26)]).MigrateAsync();
        await using var olderSilo = new MeetingSilo(older.Database);
        var (olderGroup, _, _) = await olderSilo.GroupAsync();
        var id = Guid.NewGuid();
        await using (var connection = await older.Database.OpenAsync())
        {
            await connection.ExecuteAsync("""
                INSERT INTO meeting (id, working_group_id, title, starts_local, ends_local, time_zone, starts_utc, ends_utc, version, created_at)
                VALUES (@id, @group, 'Reunión', '2026-12-08T09:00', '2026-12-08T11:00', 'America/Bogota',
                        '2026-12-08T14:00:00.0000000Z', '2026-12-08T16:00:00.0000000Z', 1, '2026-11-01T10:00:00.0000000Z')
                """, new { id = id.ToString("D"), group = olderGroup.ToString("D") });
        }

        await new Migrator(older.Database).MigrateAsync();

        var meeting = (await new MeetingStore(older.Database).LoadAsync(id))!;
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero), meeting.InvitationsSentAt);
    }
}
