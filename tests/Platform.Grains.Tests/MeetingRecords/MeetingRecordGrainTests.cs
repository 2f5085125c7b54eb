using Platform.Grains;
using Platform.Grains.Meetings;
using Platform.Grains.MeetingRecords;
using Platform.Grains.Tests.Storage;

namespace Platform.Grains.Tests.MeetingRecords;

public sealed class MeetingRecordGrainTests
{
    [Fact]
    public async Task AddOutcome_DecisionsAmongOtherKinds_AreNumberedOneToNWithinTheMeeting()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);
        var record = silo.Record(s.Meeting);

        await record.AddOutcomeAsync(new AddOutcome(s.FirstItem, OutcomeKind.Decision, "Crear una línea de quejas", false, s.Facilitator));
        await record.AddOutcomeAsync(new AddOutcome(s.FirstItem, OutcomeKind.Information, "Tres incidentes reportados", false, s.Facilitator));
        await record.AddOutcomeAsync(new AddOutcome(s.SecondItem, OutcomeKind.FollowUp, "Enviar el plan de capacitación", false, s.Facilitator));
        var state = await record.AddOutcomeAsync(new AddOutcome(s.SecondItem, OutcomeKind.Decision, "Capacitar a todo el personal", true, s.Facilitator));

        Assert.Equal([1, null, null, 2], state.Outcomes.Select(o => o.DecisionNumber));
        Assert.Equal(2, await silo.CountAsync("SELECT MAX(decision_number) FROM outcome WHERE meeting_id = @m", new { m = s.Meeting.ToString() }));
        Assert.Equal(4, await silo.CountAsync(
            "SELECT COUNT(*) FROM journal_entry WHERE entity_kind = 'meeting_record' AND working_group_id = @g", new { g = s.Group.ToString() }));
        var followUp = Assert.Single((await silo.PublishedAsync()).OfType<FollowUpRecorded>());
        Assert.Equal("Enviar el plan de capacitación", followUp.Text);
    }

    [Fact]
    public async Task MarkAgendaItem_ReachedAndNotReached_KeepsTheMarksInTheRecordsOwnRowsNotTheMeetings()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);

        await silo.Record(s.Meeting).MarkAgendaItemAsync(new MarkAgendaItem(s.FirstItem, true, s.Facilitator));
        await silo.Record(s.Meeting).MarkAgendaItemAsync(new MarkAgendaItem(s.SecondItem, false, s.Facilitator));

        var agenda = (await silo.Record(s.Meeting).GetAsync())!.Agenda;
        Assert.Equal(AgendaItemStatus.Reached, agenda.Single(a => a.Id == s.FirstItem).Status);
        Assert.Equal(AgendaItemStatus.NotReached, agenda.Single(a => a.Id == s.SecondItem).Status);
        Assert.Equal(1, await silo.CountAsync("SELECT COUNT(*) FROM agenda_item_progress WHERE agenda_item_id = @id AND status = 'not_reached'", new { id = s.SecondItem.ToString() }));

        // The agenda items are the meeting grain's rows: the record grain leaves them as they were.
        Assert.Equal(0, await silo.CountAsync("SELECT COUNT(*) FROM agenda_item WHERE status <> 'open'"));
    }

    [Fact]
    public async Task RecordAttendance_AgainForSameMember_UpdatesTheRowAndAddsGuests()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);
        var record = silo.Record(s.Meeting);

        await record.RecordAttendanceAsync(new RecordAttendance([new(s.Member, AttendanceStatus.Absent)], [], s.Facilitator));
        var state = await record.RecordAttendanceAsync(new RecordAttendance(
            [new(s.Member, AttendanceStatus.Present), new(s.Observer, AttendanceStatus.Apologies)],
            [new("Rosa Pérez", "Defensoría del Pueblo", AttendanceStatus.Present)],
            s.Facilitator));

        Assert.Equal(3, state.Attendance.Count);
        Assert.Equal(3, await silo.CountAsync("SELECT COUNT(*) FROM attendance"));
        Assert.Equal(1, await silo.CountAsync("SELECT COUNT(*) FROM attendance WHERE user_id = @u AND status = 'present'", new { u = s.Member }));
        Assert.Equal("Corporación Jurídica", state.Attendance.Single(a => a.UserId == s.Member).Organisation);
    }

    [Fact]
    public async Task RefusedCommands_UnknownItemEmptyTextOrStranger_ChangeNothing()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);
        var record = silo.Record(s.Meeting);
        await record.AddNoteAsync(new AddNote(s.FirstItem, "Primera nota", false, s.Facilitator));
        var stranger = await silo.Seed.UserAsync("zoe");
        var journal = await silo.CountAsync("SELECT COUNT(*) FROM journal_entry");

        var unknown = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => record.AddNoteAsync(new AddNote(Guid.NewGuid(), "Nota", false, s.Facilitator)));
        var empty = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => record.AddOutcomeAsync(new AddOutcome(s.FirstItem, OutcomeKind.Decision, "  ", false, s.Facilitator)));
        var notInvited = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => record.RecordAttendanceAsync(new RecordAttendance(
            [new(s.Member, AttendanceStatus.Present), new(stranger, AttendanceStatus.Present)], [], s.Facilitator)));

        Assert.Equal((RecordRule.AgendaItemUnknown, RecordRule.TextRequired, RecordRule.PersonNotInvited), (unknown.Code, empty.Code, notInvited.Code));
        Assert.Equal(journal, await silo.CountAsync("SELECT COUNT(*) FROM journal_entry"));
        Assert.Equal(0, await silo.CountAsync("SELECT COUNT(*) FROM outcome") + await silo.CountAsync("SELECT COUNT(*) FROM attendance"));
        Assert.Equal(1, await silo.CountAsync("SELECT version FROM meeting_record"));
        Assert.Equal(1, (await record.GetAsync())!.Version);
    }

    [Fact]
    public async Task Commands_BeforeTheMeetingStarts_AreRefusedAndChangeNothingUntilItHas()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);
        await silo.ExecuteAsync("UPDATE meeting SET starts_utc = '2026-12-02T14:00:00.0000000Z', ends_utc = '2026-12-02T16:00:00.0000000Z' WHERE id = @id", new { id = s.Meeting.ToString() });
        var record = silo.Record(s.Meeting);
        var journal = await silo.CountAsync("SELECT COUNT(*) FROM journal_entry");

        RuleException<RecordRule>[] refusals =
        [
            await Assert.ThrowsAsync<RuleException<RecordRule>>(() => record.RecordAttendanceAsync(new RecordAttendance([new(s.Member, AttendanceStatus.Present)], [], s.Facilitator))),
            await Assert.ThrowsAsync<RuleException<RecordRule>>(() => record.AddNoteAsync(new AddNote(s.FirstItem, "Antes de empezar", false, s.Facilitator))),
            await Assert.ThrowsAsync<RuleException<RecordRule>>(() => record.AddOutcomeAsync(new AddOutcome(s.FirstItem, OutcomeKind.Decision, "Decidido de antemano", false, s.Facilitator))),
            await Assert.ThrowsAsync<RuleException<RecordRule>>(() => record.MarkAgendaItemAsync(new MarkAgendaItem(s.FirstItem, true, s.Facilitator))),
            await Assert.ThrowsAsync<RuleException<RecordRule>>(() => record.PublishAsync(new PublishRecord(s.Facilitator, true))),
        ];
        var unchanged = await silo.CountAsync("SELECT COUNT(*) FROM journal_entry");
        silo.Time.Advance(TimeSpan.FromDays(1));
        var started = await record.RecordAttendanceAsync(new RecordAttendance([new(s.Member, AttendanceStatus.Present)], [], s.Facilitator));

        Assert.All(refusals, e => Assert.Equal(RecordRule.NotStarted, e.Code));
        Assert.Equal(journal, unchanged);
        Assert.Single(started.Attendance);
    }

    [Fact]
    public async Task Publish_WithoutConfirmation_IsRefusedAndPublishesNothing()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);

        var refused = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => silo.Record(s.Meeting).PublishAsync(new PublishRecord(s.Facilitator, false)));

        Assert.Equal(RecordRule.NotConfirmed, refused.Code);
        Assert.Equal(0, await silo.CountAsync("SELECT COUNT(*) FROM record_revision") + await silo.CountAsync("SELECT COUNT(*) FROM notification"));
    }

    [Fact]
    public async Task Publish_ThenDirectEdits_AreRefusedAndChangeNothing()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);
        var record = silo.Record(s.Meeting);
        var note = (await record.AddNoteAsync(new AddNote(s.FirstItem, "Se revisaron tres incidentes", false, s.Facilitator))).Notes[0];

        var published = await record.PublishAsync(new PublishRecord(s.Facilitator, true));
        var edit = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => record.EditNoteAsync(new EditNote(note.Id, "Otro texto", false, s.Facilitator)));
        var add = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => record.AddNoteAsync(new AddNote(s.FirstItem, "Tarde", false, s.Facilitator)));
        var again = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => record.PublishAsync(new PublishRecord(s.Facilitator, true)));

        Assert.Equal(1, published.Revision);
        Assert.All([edit, add, again], e => Assert.Equal(RecordRule.Published, e.Code));
        Assert.Equal(1, await silo.CountAsync("SELECT COUNT(*) FROM note WHERE text = 'Se revisaron tres incidentes'"));
        Assert.Equal(1, await silo.CountAsync("SELECT COUNT(*) FROM record_revision"));
        Assert.Equal(published.Version, await silo.CountAsync("SELECT version FROM meeting_record"));
    }

    [Fact]
    public async Task Publish_Record_NotifiesEveryParticipantIncludingObservers()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);

        await silo.Record(s.Meeting).PublishAsync(new PublishRecord(s.Facilitator, true));

        var published = Assert.Single((await silo.PublishedAsync()).OfType<RecordPublished>());
        Assert.Equal(new[] { s.Facilitator, s.Member, s.Observer }.Order(), published.Participants.Order());
        Assert.Equal(3, await silo.CountAsync(
            "SELECT COUNT(*) FROM notification WHERE message_key = 'Notification.RecordPublished' AND working_group_id = @g AND link LIKE '%/record'",
            new { g = s.Group.ToString() }));
    }

    [Fact]
    public async Task Correct_PublishedRecord_CreatesRevisionTwoAndKeepsRevisionOne()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);
        var record = silo.Record(s.Meeting);
        var outcome = (await record.AddOutcomeAsync(new AddOutcome(s.FirstItem, OutcomeKind.Decision, "Reunión en enero", false, s.Facilitator))).Outcomes[0];
        await record.PublishAsync(new PublishRecord(s.Facilitator, true));
        var member = await silo.Access.StandingAsync(s.Member, s.Group);

        var corrected = await record.CorrectAsync(new CorrectRecord("La fecha era febrero", [new RecordEdit(outcome.Id, "Reunión en febrero", false)], s.Facilitator));

        Assert.Equal(2, corrected.Revision);
        var latest = await silo.Queries.RecordAsync(s.Meeting, null, member);
        var first = await silo.Queries.RecordAsync(s.Meeting, 1, member);
        Assert.Equal((2, "La fecha era febrero"), (latest!.Revision, latest.Reason));
        Assert.Equal("Reunión en febrero", latest.Snapshot.Items[0].Outcomes[0].Text);
        Assert.Equal(1, latest.Snapshot.Items[0].Outcomes[0].DecisionNumber);
        Assert.Equal("Reunión en enero", first!.Snapshot.Items[0].Outcomes[0].Text);
        Assert.Equal([2, 1], latest.History.Select(h => h.Revision));
        Assert.Equal(6, await silo.CountAsync("SELECT COUNT(*) FROM notification"));
    }

    [Fact]
    public async Task Correct_WithOneUnknownPart_IsRefusedAndChangesNothing()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);
        var record = silo.Record(s.Meeting);
        var note = (await record.AddNoteAsync(new AddNote(s.FirstItem, "Texto original", false, s.Facilitator))).Notes[0];
        await record.PublishAsync(new PublishRecord(s.Facilitator, true));

        var refused = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => record.CorrectAsync(new CorrectRecord(
            "Errata", [new RecordEdit(note.Id, "Texto nuevo", false), new RecordEdit(Guid.NewGuid(), "x", false)], s.Facilitator)));
        var noReason = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => record.CorrectAsync(new CorrectRecord(
            " ", [new RecordEdit(note.Id, "Texto nuevo", false)], s.Facilitator)));

        Assert.Equal((RecordRule.PartUnknown, RecordRule.ReasonRequired), (refused.Code, noReason.Code));
        Assert.Equal(1, await silo.CountAsync("SELECT COUNT(*) FROM note WHERE text = 'Texto original'"));
        Assert.Equal(1, await silo.CountAsync("SELECT COUNT(*) FROM record_revision"));
        Assert.Equal(1, (await record.GetAsync())!.Revision);
    }
}
