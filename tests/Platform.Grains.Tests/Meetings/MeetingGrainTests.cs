using Platform.Grains;
using Platform.Grains.Meetings;
using Platform.Grains.WorkingGroups;

namespace Platform.Grains.Tests.Meetings;

public sealed class MeetingGrainTests
{
    [Fact]
    public async Task Schedule_ValidDetails_StoresLocalAndUtcAndJournalsForTheGroup()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync("Europe/Paris");
        var id = Guid.NewGuid();

        var scheduled = await silo.Meeting(id).ScheduleAsync(MeetingSilo.December8(group, ana));

        Assert.Equal(new DateTimeOffset(2026, 12, 8, 8, 0, 0, TimeSpan.Zero), scheduled.StartsUtc);
        var stored = (await silo.Meeting(id).GetAsync())!;
        Assert.Equal(scheduled with { Agenda = stored.Agenda }, stored);
        Assert.Equal(1, await silo.Groups.CountAsync("SELECT COUNT(*) FROM journal_entry WHERE working_group_id = @group AND entity_kind = 'meeting'", new { group = group.ToString("D") }));
        Assert.IsType<MeetingScheduled>(Assert.Single((await silo.PublishedAsync())));
    }

    [Fact]
    public async Task Schedule_EndBeforeStart_IsRefusedOnTheEndFieldAndWritesNothing()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();

        var refused = await Assert.ThrowsAsync<RuleException<MeetingRule>>(() =>
            silo.Meeting(Guid.NewGuid()).ScheduleAsync(new ScheduleMeeting(group, MeetingSilo.Details(new LocalDateTime(2026, 12, 8, 9, 0), minutes: -30), ana)));

        Assert.Equal((MeetingRule.EndBeforeStart, "Ends"), (refused.Code, refused.Field));
        Assert.Equal(0, await silo.Groups.CountAsync("SELECT COUNT(*) FROM meeting"));
    }

    [Fact]
    public async Task Schedule_PastDate_IsAllowed()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();

        var held = await silo.Meeting(Guid.NewGuid()).ScheduleAsync(new ScheduleMeeting(group, MeetingSilo.Details(new LocalDateTime(2025, 3, 4, 9, 0)), ana));

        Assert.True(held.StartsUtc < silo.Time.GetUtcNow());
    }

    [Fact]
    public async Task Schedule_OnlineLinkNotHttp_IsRefused()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();
        var details = MeetingSilo.Details(new LocalDateTime(2026, 12, 8, 9, 0)) with { OnlineLink = "javascript:alert(1)" };

        var refused = await Assert.ThrowsAsync<RuleException<MeetingRule>>(() => silo.Meeting(Guid.NewGuid()).ScheduleAsync(new ScheduleMeeting(group, details, ana)));

        Assert.Equal((MeetingRule.OnlineLinkInvalid, "OnlineLink"), (refused.Code, refused.Field));
    }

    [Fact]
    public async Task OverlappingAsync_SecondMeetingAtTheSameTime_FindsTheFirstButSchedulingIsAllowed()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();
        var first = Guid.NewGuid();
        await silo.Meeting(first).ScheduleAsync(MeetingSilo.December8(group, ana));

        var second = await silo.Meeting(Guid.NewGuid()).ScheduleAsync(new ScheduleMeeting(group, MeetingSilo.Details(new LocalDateTime(2026, 12, 8, 10, 0), title: "Taller"), ana));
        var overlaps = await silo.Queries.OverlappingAsync(group, second.StartsUtc, second.EndsUtc, second.Id);

        Assert.Equal(first, Assert.Single(overlaps).Id);
        Assert.Empty(await silo.Queries.OverlappingAsync(group, second.EndsUtc, second.EndsUtc.AddHours(1), second.Id));
    }

    [Fact]
    public async Task Edit_AnyChange_BumpsSequenceAndVersion()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();
        var meeting = await silo.ScheduledAsync(group, ana);

        await meeting.EditAsync(new EditMeeting(MeetingSilo.Details(new LocalDateTime(2026, 12, 9, 9, 0)), ana));
        var cancelled = await meeting.CancelAsync(new CancelMeeting(ana, true));

        Assert.Equal((2L, 3L, MeetingStatus.Cancelled, false), (cancelled.Sequence, cancelled.Version, cancelled.Status, cancelled.Detached));
        Assert.Equal(MeetingStatus.Cancelled, (await silo.Queries.BetweenAsync(group, cancelled.StartsUtc.AddDays(-1), cancelled.StartsUtc.AddDays(1)))[0].Status);
    }

    [Fact]
    public async Task Cancel_WithoutConfirmation_IsRefusedAndChangesNothing()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();
        var meeting = silo.Meeting(Guid.NewGuid());
        var scheduled = await meeting.ScheduleAsync(MeetingSilo.December8(group, ana));

        var refused = await Assert.ThrowsAsync<RuleException<MeetingRule>>(() => meeting.CancelAsync(new CancelMeeting(ana, false)));

        Assert.Equal(MeetingRule.NotConfirmed, refused.Code);
        Assert.Equal((MeetingStatus.Scheduled, scheduled.Version), ((await meeting.GetAsync())!.Status, (await meeting.GetAsync())!.Version));
        Assert.Equal(MeetingStatus.Scheduled, (await silo.Queries.BetweenAsync(group, scheduled.StartsUtc.AddDays(-1), scheduled.StartsUtc.AddDays(1)))[0].Status);
    }

    [Fact]
    public async Task Respond_DelegateFromAnotherOrganisation_IsRefused()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (group, ana, org) = await silo.GroupAsync();
        var beto = await silo.Groups.PersonAsync("Beto");
        var carla = await silo.Groups.PersonAsync("Carla");
        var police = await silo.Groups.OrganisationAsync("Policía Nacional", "public_security_police");
        await silo.Groups.Group(group).AddMemberAsync(new AddMember(beto, org, GroupRole.Member, ana));
        await silo.Groups.Group(group).AddMemberAsync(new AddMember(carla, police, GroupRole.Member, ana));
        var meeting = await silo.ScheduledAsync(group, ana);

        var refused = await Assert.ThrowsAsync<RuleException<MeetingRule>>(() => meeting.RespondAsync(new RespondToMeeting(ana, RsvpResponse.NotAttending, carla)));
        var answered = await meeting.RespondAsync(new RespondToMeeting(ana, RsvpResponse.NotAttending, beto));

        Assert.Equal((MeetingRule.DelegateOtherOrganisation, "Delegate"), (refused.Code, refused.Field));
        Assert.Equal(beto, answered.DelegateUserId);
        var view = Assert.Single(await silo.Queries.ResponsesAsync((await meeting.GetAsync())!.Id));
        Assert.Equal((RsvpResponse.NotAttending, "Beto"), (view.Response, view.DelegateName));
    }

    [Fact]
    public async Task SetAgenda_AddReorderRemove_KeepsOrderAndPresenterOrganisation()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (group, ana, org) = await silo.GroupAsync();
        var meeting = await silo.ScheduledAsync(group, ana);
        var first = await meeting.SetAgendaAsync(new SetAgenda([new(null, "Bienvenida", null, 10, null), new(null, "Incidentes", ana, 30, null), new(null, "Varios", null, null, null)], ana));
        var (welcome, incidents) = (first.Agenda[0].Id, first.Agenda[1].Id);

        var second = await meeting.SetAgendaAsync(new SetAgenda([new(incidents, "Incidentes de octubre", ana, 45, null), new(welcome, "Bienvenida", null, 10, null)], ana));

        Assert.Equal(["Incidentes de octubre", "Bienvenida"], second.Agenda.Select(a => a.Title));
        Assert.Equal(org, second.Agenda[0].PresenterOrganisationId);
        Assert.Equal(second.Agenda, (await meeting.GetAsync())!.Agenda);
        Assert.Equal(2, second.Sequence);
    }

    [Fact]
    public async Task SetAgenda_RemovingItemWithNotes_IsRefusedAndKeepsTheItem()
    {
        await using var silo = await MeetingSilo.StartAsync();
        var (group, ana, _) = await silo.GroupAsync();
        var id = Guid.NewGuid();
        var meeting = silo.Meeting(id);
        await meeting.ScheduleAsync(MeetingSilo.December8(group, ana));
        var agenda = await meeting.SetAgendaAsync(new SetAgenda([new(null, "Incidentes", null, 30, null), new(null, "Varios", null, null, null)], ana));
        await using (var connection = await silo.Database.OpenAsync())
        {
            await connection.ExecuteAsync(
                "INSERT INTO note (id, meeting_id, agenda_item_id, text, created_at) VALUES (@note, @meeting, @item, 'Dos incidentes', '2026-12-08T15:00:00.0000000Z')",
                new { note = Guid.NewGuid().ToString(), meeting = id.ToString("D"), item = agenda.Agenda[0].Id.ToString("D") });
        }

        var refused = await Assert.ThrowsAsync<RuleException<MeetingRule>>(() =>
            meeting.SetAgendaAsync(new SetAgenda([new(agenda.Agenda[1].Id, "Varios", null, null, null)], ana)));

        Assert.Equal(MeetingRule.AgendaItemHasRecord, refused.Code);
        Assert.Equal(2, (await meeting.GetAsync())!.Agenda.Count);
    }
}
