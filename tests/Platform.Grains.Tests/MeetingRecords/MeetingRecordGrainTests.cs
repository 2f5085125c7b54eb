using Platform.Grains;
using Platform.Grains.Meetings;
using Platform.Grains.MeetingRecords;

namespace Platform.Grains.Tests.MeetingRecords;

public sealed class MeetingRecordGrainTests : RecordSceneTests
{
    [Fact]
    public async Task AddOutcome_DecisionsAmongOtherKinds_AreNumberedOneToNWithinTheMeeting()
    {

        await OutcomeAsync(OutcomeKind.Decision, "Crear una línea de quejas", false);
        await OutcomeAsync(OutcomeKind.Information, "Tres incidentes reportados", false);
        await Record.AddOutcomeAsync(new AddOutcome(Scene.SecondItem, OutcomeKind.FollowUp, "Enviar el plan de capacitación", false, Scene.Facilitator));
        var state = await Record.AddOutcomeAsync(new AddOutcome(Scene.SecondItem, OutcomeKind.Decision, "Capacitar a todo el personal", true, Scene.Facilitator));

        Assert.Equal([1, null, null, 2], state.Outcomes.Select(o => o.DecisionNumber));
        Assert.Equal(2, await Silo.CountAsync("SELECT MAX(decision_number) FROM outcome WHERE meeting_id = @m", new { m = Scene.Meeting.ToString() }));
        Assert.Equal(4, await Silo.CountAsync(
            "SELECT COUNT(*) FROM journal_entry WHERE entity_kind = 'meeting_record' AND working_group_id = @g", new { g = Scene.Group.ToString() }));
        var followUp = Assert.Single((await Silo.PublishedAsync()).OfType<FollowUpRecorded>());
        Assert.Equal("Enviar el plan de capacitación", followUp.Text);
    }

    [Fact]
    public async Task MarkAgendaItem_ReachedAndNotReached_KeepsTheMarksInTheRecordsOwnRowsNotTheMeetings()
    {

        await Record.MarkAgendaItemAsync(new MarkAgendaItem(Scene.FirstItem, true, Scene.Facilitator));
        await Record.MarkAgendaItemAsync(new MarkAgendaItem(Scene.SecondItem, false, Scene.Facilitator));

        var agenda = (await Record.GetAsync())!.Agenda;
        Assert.Equal(AgendaItemStatus.Reached, agenda.Single(a => a.Id == Scene.FirstItem).Status);
        Assert.Equal(AgendaItemStatus.NotReached, agenda.Single(a => a.Id == Scene.SecondItem).Status);
        Assert.Equal(1, await Silo.CountAsync("SELECT COUNT(*) FROM agenda_item_progress WHERE agenda_item_id = @id AND status = 'not_reached'", new { id = Scene.SecondItem.ToString() }));

        // The agenda items are the meeting grain's rows: the record grain leaves them as they were.
        Assert.Equal(0, await Silo.CountAsync("SELECT COUNT(*) FROM agenda_item WHERE status <> 'open'"));
    }

    [Fact]
    public async Task RecordAttendance_AgainForSameMember_UpdatesTheRowAndAddsGuests()
    {

        await Record.RecordAttendanceAsync(new RecordAttendance([new(Scene.Member, AttendanceStatus.Absent)], [], Scene.Facilitator));
        var state = await Record.RecordAttendanceAsync(new RecordAttendance(
            [new(Scene.Member, AttendanceStatus.Present), new(Scene.Observer, AttendanceStatus.Apologies)],
            [new("Rosa Pérez", "Defensoría del Pueblo", AttendanceStatus.Present)],
            Scene.Facilitator));

        Assert.Equal(3, state.Attendance.Count);
        Assert.Equal(3, await Silo.CountAsync("SELECT COUNT(*) FROM attendance"));
        Assert.Equal(1, await Silo.CountAsync("SELECT COUNT(*) FROM attendance WHERE user_id = @u AND status = 'present'", new { u = Scene.Member }));
        Assert.Equal("Corporación Jurídica", state.Attendance.Single(a => a.UserId == Scene.Member).Organisation);
    }

    [Fact]
    public async Task RefusedCommands_UnknownItemEmptyTextOrStranger_ChangeNothing()
    {
        await NoteAsync("Primera nota", false);
        var stranger = await Silo.Seed.UserAsync("zoe");
        var journal = await Silo.CountAsync("SELECT COUNT(*) FROM journal_entry");

        var unknown = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => Record.AddNoteAsync(new AddNote(Guid.NewGuid(), "Nota", false, Scene.Facilitator)));
        var empty = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => Record.AddOutcomeAsync(new AddOutcome(Scene.FirstItem, OutcomeKind.Decision, "  ", false, Scene.Facilitator)));
        var notInvited = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => Record.RecordAttendanceAsync(new RecordAttendance(
            [new(Scene.Member, AttendanceStatus.Present), new(stranger, AttendanceStatus.Present)], [], Scene.Facilitator)));

        Assert.Equal((RecordRule.AgendaItemUnknown, RecordRule.TextRequired, RecordRule.PersonNotInvited), (unknown.Code, empty.Code, notInvited.Code));
        Assert.Equal(journal, await Silo.CountAsync("SELECT COUNT(*) FROM journal_entry"));
        Assert.Equal(0, await Silo.CountAsync("SELECT COUNT(*) FROM outcome") + await Silo.CountAsync("SELECT COUNT(*) FROM attendance"));
        Assert.Equal(1, await Silo.CountAsync("SELECT version FROM meeting_record"));
        Assert.Equal(1, (await Record.GetAsync())!.Version);
    }

    [Fact]
    public async Task Commands_BeforeTheMeetingStarts_AreRefusedAndChangeNothingUntilItHas()
    {
        await Silo.ExecuteAsync("UPDATE meeting SET starts_utc = '2026-12-02T14:00:00.0000000Z', ends_utc = '2026-12-02T16:00:00.0000000Z' WHERE id = @id", new { id = Scene.Meeting.ToString() });
        var journal = await Silo.CountAsync("SELECT COUNT(*) FROM journal_entry");

        RuleException<RecordRule>[] refusals =
        [
            await Assert.ThrowsAsync<RuleException<RecordRule>>(() => Record.RecordAttendanceAsync(new RecordAttendance([new(Scene.Member, AttendanceStatus.Present)], [], Scene.Facilitator))),
            await Assert.ThrowsAsync<RuleException<RecordRule>>(() => Record.AddNoteAsync(new AddNote(Scene.FirstItem, "Antes de empezar", false, Scene.Facilitator))),
            await Assert.ThrowsAsync<RuleException<RecordRule>>(() => Record.AddOutcomeAsync(new AddOutcome(Scene.FirstItem, OutcomeKind.Decision, "Decidido de antemano", false, Scene.Facilitator))),
            await Assert.ThrowsAsync<RuleException<RecordRule>>(() => Record.MarkAgendaItemAsync(new MarkAgendaItem(Scene.FirstItem, true, Scene.Facilitator))),
            await Assert.ThrowsAsync<RuleException<RecordRule>>(() => PublishAsync()),
        ];
        var unchanged = await Silo.CountAsync("SELECT COUNT(*) FROM journal_entry");
        Silo.Time.Advance(TimeSpan.FromDays(1));
        var started = await Record.RecordAttendanceAsync(new RecordAttendance([new(Scene.Member, AttendanceStatus.Present)], [], Scene.Facilitator));

        Assert.All(refusals, e => Assert.Equal(RecordRule.NotStarted, e.Code));
        Assert.Equal(journal, unchanged);
        Assert.Single(started.Attendance);
    }

    [Fact]
    public async Task Publish_WithoutConfirmation_IsRefusedAndPublishesNothing()
    {

        var refused = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => Record.PublishAsync(new PublishRecord(Scene.Facilitator, false)));

        Assert.Equal(RecordRule.NotConfirmed, refused.Code);
        Assert.Equal(0, await Silo.CountAsync("SELECT COUNT(*) FROM record_revision") + await Silo.CountAsync("SELECT COUNT(*) FROM notification"));
    }

    [Fact]
    public async Task Publish_ThenDirectEdits_AreRefusedAndChangeNothing()
    {
        var note = await NoteAsync("Se revisaron tres incidentes", false);

        var published = await PublishAsync();
        var edit = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => Record.EditNoteAsync(new EditNote(note.Id, "Otro texto", false, Scene.Facilitator)));
        var add = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => Record.AddNoteAsync(new AddNote(Scene.FirstItem, "Tarde", false, Scene.Facilitator)));
        var again = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => PublishAsync());

        Assert.Equal(1, published.Revision);
        Assert.All([edit, add, again], e => Assert.Equal(RecordRule.Published, e.Code));
        Assert.Equal(1, await Silo.CountAsync("SELECT COUNT(*) FROM note WHERE text = 'Se revisaron tres incidentes'"));
        Assert.Equal(1, await Silo.CountAsync("SELECT COUNT(*) FROM record_revision"));
        Assert.Equal(published.Version, await Silo.CountAsync("SELECT version FROM meeting_record"));
    }

    [Fact]
    public async Task Publish_Record_NotifiesEveryParticipantIncludingObservers()
    {

        await Record.PublishAsync(new PublishRecord(Scene.Facilitator, true));

        var published = Assert.Single((await Silo.PublishedAsync()).OfType<RecordPublished>());
        Assert.Equal(new[] { Scene.Facilitator, Scene.Member, Scene.Observer }.Order(), published.Participants.Order());
        Assert.Equal(3, await Silo.CountAsync(
            "SELECT COUNT(*) FROM notification WHERE message_key = 'Notification.RecordPublished' AND working_group_id = @g AND link LIKE '%/record'",
            new { g = Scene.Group.ToString() }));
    }

    [Fact]
    public async Task Correct_PublishedRecord_CreatesRevisionTwoAndKeepsRevisionOne()
    {
        var outcome = await OutcomeAsync(OutcomeKind.Decision, "Reunión en enero", false);
        await PublishAsync();
        var member = await Silo.Access.StandingAsync(Scene.Member, Scene.Group);

        var corrected = await Record.CorrectAsync(new CorrectRecord("La fecha era febrero", [new RecordEdit(outcome.Id, "Reunión en febrero", false)], Scene.Facilitator));

        Assert.Equal(2, corrected.Revision);
        var latest = await Silo.Queries.RecordAsync(Scene.Meeting, null, member);
        var first = await Silo.Queries.RecordAsync(Scene.Meeting, 1, member);
        Assert.Equal((2, "La fecha era febrero"), (latest!.Revision, latest.Reason));
        Assert.Equal("Reunión en febrero", latest.Snapshot.Items[0].Outcomes[0].Text);
        Assert.Equal(1, latest.Snapshot.Items[0].Outcomes[0].DecisionNumber);
        Assert.Equal("Reunión en enero", first!.Snapshot.Items[0].Outcomes[0].Text);
        Assert.Equal([2, 1], latest.History.Select(h => h.Revision));
        Assert.Equal(6, await Silo.CountAsync("SELECT COUNT(*) FROM notification"));
    }

    [Fact]
    public async Task Correct_WithOneUnknownPart_IsRefusedAndChangesNothing()
    {
        var note = await NoteAsync("Texto original", false);
        await PublishAsync();

        var refused = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => Record.CorrectAsync(new CorrectRecord(
            "Errata", [new RecordEdit(note.Id, "Texto nuevo", false), new RecordEdit(Guid.NewGuid(), "x", false)], Scene.Facilitator)));
        var noReason = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => Record.CorrectAsync(new CorrectRecord(
            " ", [new RecordEdit(note.Id, "Texto nuevo", false)], Scene.Facilitator)));

        Assert.Equal((RecordRule.PartUnknown, RecordRule.ReasonRequired), (refused.Code, noReason.Code));
        Assert.Equal(1, await Silo.CountAsync("SELECT COUNT(*) FROM note WHERE text = 'Texto original'"));
        Assert.Equal(1, await Silo.CountAsync("SELECT COUNT(*) FROM record_revision"));
        Assert.Equal(1, (await Record.GetAsync())!.Revision);
    }
}
