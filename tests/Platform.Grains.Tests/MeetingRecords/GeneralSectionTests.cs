using Platform.Grains;
using Platform.Grains.Calendar;
using Platform.Grains.Meetings;
using Platform.Grains.MeetingRecords;
using Platform.Grains.Tests.Storage;

namespace Platform.Grains.Tests.MeetingRecords;

/// <summary>Issue 15: every record has a General section for notes and outcomes outside the agenda (migration 0027).</summary>
public sealed class GeneralSectionTests
{
    [Fact]
    public async Task AddNoteAndOutcome_MeetingWithoutAgenda_AreRecordedUnderGeneral()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);
        var bare = await silo.MeetingAsync(s.Group, "Reunión extraordinaria");
        var record = silo.Record(bare);

        await record.AddNoteAsync(new AddNote(bare, "Se revisó la situación de la vereda", false, s.Facilitator));
        await record.AddOutcomeAsync(new AddOutcome(bare, OutcomeKind.Decision, "Convocar una visita de campo", false, s.Facilitator));
        var state = await record.AddOutcomeAsync(new AddOutcome(bare, OutcomeKind.FollowUp, "Pedir el informe a la alcaldía", false, s.Facilitator));

        var reloaded = (await silo.Record(bare).GetAsync())!;
        Assert.Empty(reloaded.Agenda);
        Assert.True(reloaded.HasGeneralSection);
        Assert.All(reloaded.Notes.Select(n => n.AgendaItemId).Concat(reloaded.Outcomes.Select(o => o.AgendaItemId)), id => Assert.True(reloaded.IsGeneral(id)));
        Assert.Equal([1, null], state.Outcomes.Select(o => o.DecisionNumber));
        var followUp = Assert.Single((await silo.PublishedAsync()).OfType<FollowUpRecorded>());
        Assert.Equal(bare, followUp.AgendaItemId);
        Assert.Equal(1, await silo.CountAsync("SELECT COUNT(*) FROM agenda_item WHERE meeting_id = @m AND general = TRUE", new { m = bare.ToString() }));
    }

    [Fact]
    public async Task AddNote_UnknownItem_IsRefusedWhileGeneralIsAccepted()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);
        var record = silo.Record(s.Meeting);

        var refused = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => record.AddNoteAsync(new AddNote(Guid.NewGuid(), "Nota", false, s.Facilitator)));
        await record.AddNoteAsync(new AddNote(s.FirstItem, "Sobre el punto uno", false, s.Facilitator));
        var state = await record.AddNoteAsync(new AddNote(s.Meeting, "Varios: la próxima reunión será en Remedios", false, s.Facilitator));

        Assert.Equal(RecordRule.AgendaItemUnknown, refused.Code);
        Assert.Equal(["Sobre el punto uno", "Varios: la próxima reunión será en Remedios"], state.Notes.Select(n => n.Text));
        Assert.Equal(2, state.Agenda.Count);
    }

    [Fact]
    public async Task PublishAndCorrect_GeneralParts_SurviveInEveryRevisionAndObserversMissOnlyRestrictedOnes()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);
        var record = silo.Record(s.Meeting);
        var note = (await record.AddNoteAsync(new AddNote(s.Meeting, "Varios: cambio de sede", false, s.Facilitator))).Notes.Single();
        await record.AddOutcomeAsync(new AddOutcome(s.Meeting, OutcomeKind.Information, "Queja reservada de una vecina", true, s.Facilitator));
        await record.PublishAsync(new PublishRecord(s.Facilitator, true));

        await record.CorrectAsync(new CorrectRecord("La sede es otra", [new RecordEdit(note.Id, "Varios: cambio de sede a Remedios", false)], s.Facilitator, 1));

        var store = new MeetingRecordStore(db.Database);
        var first = (await store.SnapshotAsync(s.Meeting, 1))!;
        var second = (await store.SnapshotAsync(s.Meeting, 2))!;
        Assert.Equal("Varios: cambio de sede", Assert.Single(first.GeneralSection.Notes).Text);
        Assert.Equal("Varios: cambio de sede a Remedios", Assert.Single(second.GeneralSection.Notes).Text);
        Assert.Single(second.GeneralSection.Outcomes);
        Assert.Empty(second.WithoutRestricted().GeneralSection.Outcomes);
        Assert.Equal(2, second.Items.Count);
        Assert.All(second.Items, i => Assert.Empty(i.Notes));
    }

    [Fact]
    public async Task GeneralSection_OnceRecorded_IsNeverPartOfTheMeetingsAgendaCalendarOrBacklog()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);
        var calendar = new CalendarQueries(db.Database);
        var before = await calendar.MeetingAsync(s.Group, s.Meeting);

        await silo.Record(s.Meeting).AddNoteAsync(new AddNote(s.Meeting, "Varios", false, s.Facilitator));

        var meeting = (await silo.Meeting(s.Meeting).GetAsync())!;
        Assert.Equal(["Informe de incidentes", "Capacitación en Principios Voluntarios"], meeting.Agenda.Select(a => a.Title));
        Assert.Equal(before!.Description, (await calendar.MeetingAsync(s.Group, s.Meeting))!.Description);
        var backlog = await new MeetingQueries(db.Database).BacklogAsync(s.Group, silo.Time.GetUtcNow().AddDays(30));
        Assert.DoesNotContain(backlog, b => b.AgendaItemId == s.Meeting);
        Assert.Equal(2, backlog.Count);
    }

    [Fact]
    public async Task SetAgenda_LineNamingTheGeneralSection_IsRefusedAndTheSectionKeepsItsParts()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);
        await silo.Record(s.Meeting).AddNoteAsync(new AddNote(s.Meeting, "Varios", false, s.Facilitator));
        var meeting = silo.Meeting(s.Meeting);
        var agenda = (await meeting.GetAsync())!.Agenda;

        var renamed = await Assert.ThrowsAsync<RuleException<MeetingRule>>(() => meeting.SetAgendaAsync(new SetAgenda(
            [new AgendaLine(s.Meeting, "Varios", null, null, null)], s.Facilitator)));
        await meeting.SetAgendaAsync(new SetAgenda([.. agenda.Reverse().Select(a => new AgendaLine(a.Id, a.Title, null, null, null))], s.Facilitator));

        Assert.Equal(MeetingRule.AgendaItemUnknown, renamed.Code);
        Assert.Equal(1, await silo.CountAsync("SELECT COUNT(*) FROM agenda_item WHERE id = @m AND general = TRUE AND position = 0", new { m = s.Meeting.ToString() }));
        Assert.Equal(2, (await meeting.GetAsync())!.Agenda.Count);
        Assert.Equal("Varios", Assert.Single((await silo.Record(s.Meeting).GetAsync())!.Notes).Text);
    }
}
