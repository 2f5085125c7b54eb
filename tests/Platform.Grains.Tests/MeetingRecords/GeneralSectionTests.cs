using Platform.Grains;
using Platform.Grains.Calendar;
using Platform.Grains.Meetings;
using Platform.Grains.MeetingRecords;

namespace Platform.Grains.Tests.MeetingRecords;

/// <summary>Issue 15: every record has a General section for notes and outcomes outside the agenda (migration 0027).</summary>
public sealed class GeneralSectionTests : RecordSceneTests
{
    [Fact]
    public async Task AddNoteAndOutcome_MeetingWithoutAgenda_AreRecordedUnderGeneral()
    {
        var bare = await Silo.MeetingAsync(Scene.Group, "Reunión extraordinaria");
        var extraordinary = Silo.Record(bare);

        await extraordinary.AddNoteAsync(new AddNote(bare, "Se revisó la situación de la vereda", false, Scene.Facilitator));
        await extraordinary.AddOutcomeAsync(new AddOutcome(bare, OutcomeKind.Decision, "Convocar una visita de campo", false, Scene.Facilitator));
        var state = await extraordinary.AddOutcomeAsync(new AddOutcome(bare, OutcomeKind.FollowUp, "Pedir el informe a la alcaldía", false, Scene.Facilitator));

        var reloaded = (await Silo.Record(bare).GetAsync())!;
        Assert.Empty(reloaded.Agenda);
        Assert.True(reloaded.HasGeneralSection);
        Assert.All(reloaded.Notes.Select(n => n.AgendaItemId).Concat(reloaded.Outcomes.Select(o => o.AgendaItemId)), id => Assert.True(reloaded.IsGeneral(id)));
        Assert.Equal([1, null], state.Outcomes.Select(o => o.DecisionNumber));
        var followUp = Assert.Single((await Silo.PublishedAsync()).OfType<FollowUpRecorded>());
        Assert.Equal(bare, followUp.AgendaItemId);
        Assert.Equal(1, await Silo.CountAsync("SELECT COUNT(*) FROM agenda_item WHERE meeting_id = @m AND general = TRUE", new { m = bare.ToString() }));
    }

    [Fact]
    public async Task AddNote_UnknownItem_IsRefusedWhileGeneralIsAccepted()
    {

        var refused = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => Record.AddNoteAsync(new AddNote(Guid.NewGuid(), "Nota", false, Scene.Facilitator)));
        await NoteAsync("Sobre el punto uno", false);
        var state = await Record.AddNoteAsync(new AddNote(Scene.Meeting, "Varios: la próxima reunión será en Remedios", false, Scene.Facilitator));

        Assert.Equal(RecordRule.AgendaItemUnknown, refused.Code);
        Assert.Equal(["Sobre el punto uno", "Varios: la próxima reunión será en Remedios"], state.Notes.Select(n => n.Text));
        Assert.Equal(2, state.Agenda.Count);
    }

    [Fact]
    public async Task PublishAndCorrect_GeneralParts_SurviveInEveryRevisionAndObserversMissOnlyRestrictedOnes()
    {
        var note = await NoteAsync("Varios: cambio de sede", false, Scene.Meeting);
        await Record.AddOutcomeAsync(new AddOutcome(Scene.Meeting, OutcomeKind.Information, "Queja reservada de una vecina", true, Scene.Facilitator));
        await PublishAsync();

        await Record.CorrectAsync(new CorrectRecord("La sede es otra", [new RecordEdit(note.Id, "Varios: cambio de sede a Remedios", false)], Scene.Facilitator, 1));

        var store = new MeetingRecordStore(Silo.Database);
        var first = (await store.SnapshotAsync(Scene.Meeting, 1))!;
        var second = (await store.SnapshotAsync(Scene.Meeting, 2))!;
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
        var calendar = new CalendarQueries(Silo.Database);
        var before = await calendar.MeetingAsync(Scene.Group, Scene.Meeting);

        await NoteAsync("Varios", false, Scene.Meeting);

        var meeting = (await Silo.Meeting(Scene.Meeting).GetAsync())!;
        Assert.Equal(["Informe de incidentes", "Capacitación en Principios Voluntarios"], meeting.Agenda.Select(a => a.Title));
        Assert.Equal(before!.Description, (await calendar.MeetingAsync(Scene.Group, Scene.Meeting))!.Description);
        var backlog = await new MeetingQueries(Silo.Database).BacklogAsync(Scene.Group, Silo.Time.GetUtcNow().AddDays(30));
        Assert.DoesNotContain(backlog, b => b.AgendaItemId == Scene.Meeting);
        Assert.Equal(2, backlog.Count);
    }

    [Fact]
    public async Task SetAgenda_LineNamingTheGeneralSection_IsRefusedAndTheSectionKeepsItsParts()
    {
        await NoteAsync("Varios", false, Scene.Meeting);
        var meeting = Silo.Meeting(Scene.Meeting);
        var agenda = (await meeting.GetAsync())!.Agenda;

        var renamed = await Assert.ThrowsAsync<RuleException<MeetingRule>>(() => meeting.SetAgendaAsync(new SetAgenda(
            [new AgendaLine(Scene.Meeting, "Varios", null, null, null)], Scene.Facilitator)));
        await meeting.SetAgendaAsync(new SetAgenda([.. agenda.Reverse().Select(a => new AgendaLine(a.Id, a.Title, null, null, null))], Scene.Facilitator));

        Assert.Equal(MeetingRule.AgendaItemUnknown, renamed.Code);
        Assert.Equal(1, await Silo.CountAsync("SELECT COUNT(*) FROM agenda_item WHERE id = @m AND general = TRUE AND position = 0", new { m = Scene.Meeting.ToString() }));
        Assert.Equal(2, (await meeting.GetAsync())!.Agenda.Count);
        Assert.Equal("Varios", Assert.Single((await Record.GetAsync())!.Notes).Text);
    }
}
