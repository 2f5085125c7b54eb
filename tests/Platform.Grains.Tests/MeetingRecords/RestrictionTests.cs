using Platform.Grains;
using Platform.Grains.MeetingRecords;

namespace Platform.Grains.Tests.MeetingRecords;

/// <summary>Issue 11: a restricted part stays restricted through every write; only an explicit lift makes it readable.</summary>
public sealed class RestrictionTests : RecordSceneTests
{
    [Fact]
    public async Task Correct_RestrictedPartsSentUnrestricted_StayHiddenFromObserversInTheNewRevision()
    {
        var note = await NoteAsync("Informante de la vereda El Cristo", true);
        var outcome = await OutcomeAsync(OutcomeKind.Decision, "Proteger al informante", true);
        await PublishAsync();

        var corrected = await Record.CorrectAsync(new CorrectRecord("Errata", [
            new RecordEdit(note.Id, "Informante de la vereda La Cruzada", false),
            new RecordEdit(outcome.Id, "Proteger a la informante", false)], Scene.Facilitator));

        var observer = await ViewAsync(Scene.Observer, 2);
        var member = await ViewAsync(Scene.Member, 2);
        Assert.Equal(2, corrected.Revision);
        Assert.True(corrected.Notes.Single().Restricted && corrected.Outcomes.Single().Restricted);
        Assert.Empty(observer!.Snapshot.Items[0].Notes);
        Assert.Empty(observer.Snapshot.Items[0].Outcomes);
        Assert.Equal("Informante de la vereda La Cruzada", member!.Snapshot.Items[0].Notes.Single().Text);
        Assert.Equal(0, await Silo.CountAsync("SELECT COUNT(*) FROM note WHERE restricted = FALSE"));
    }

    [Fact]
    public async Task EditNoteAndOutcome_DraftRestrictedPartSentUnrestricted_StaysRestricted()
    {
        var note = await NoteAsync("Nombre del informante", true);
        var outcome = await OutcomeAsync(OutcomeKind.FollowUp, "Visitar al informante", true);

        await Record.EditNoteAsync(new EditNote(note.Id, "Nombre corregido", false, Scene.Facilitator));
        var edited = await Record.EditOutcomeAsync(new EditOutcome(outcome.Id, "Visita corregida", false, Scene.Facilitator));
        await PublishAsync();

        var observer = await ViewAsync(Scene.Observer);
        Assert.True(edited.Notes.Single().Restricted && edited.Outcomes.Single().Restricted);
        Assert.Empty(observer!.Snapshot.Items[0].Notes);
        Assert.Empty(observer.Snapshot.Items[0].Outcomes);
    }

    [Fact]
    public async Task Correct_OpenPartSentRestricted_BecomesRestricted()
    {
        var note = await NoteAsync("Nombre que no debía publicarse", false);
        await PublishAsync();

        await Record.CorrectAsync(new CorrectRecord("Contiene un nombre", [new RecordEdit(note.Id, "Nombre que no debía publicarse", true)], Scene.Facilitator));

        var observer = await ViewAsync(Scene.Observer);
        Assert.Empty(observer!.Snapshot.Items[0].Notes);
    }

    [Fact]
    public async Task LiftRestriction_Published_PublishesNextRevisionObserversReadAndJournalsIt()
    {
        var note = await NoteAsync("Acuerdo ya público", true);
        await PublishAsync();

        var lifted = await Record.LiftRestrictionAsync(new LiftRestriction(note.Id, "La comunidad lo hizo público", Scene.Facilitator));

        var observer = await ViewAsync(Scene.Observer);
        var first = await ViewAsync(Scene.Observer, 1);
        Assert.Equal(2, lifted.Revision);
        Assert.Equal(("Acuerdo ya público", "La comunidad lo hizo público"), (observer!.Snapshot.Items[0].Notes.Single().Text, observer.Reason));
        Assert.Empty(first!.Snapshot.Items[0].Notes);
        Assert.Equal(1, await Silo.CountAsync(
            "SELECT COUNT(*) FROM journal_entry WHERE action = 'restriction_lifted' AND actor = @a AND summary NOT LIKE '%público%'", new { a = Scene.Facilitator }));
    }

    [Fact]
    public async Task LiftRestriction_DraftPart_LiftsItAndJournalsIt()
    {
        var outcome = await OutcomeAsync(OutcomeKind.Decision, "Decisión", true);

        var lifted = await Record.LiftRestrictionAsync(new LiftRestriction(outcome.Id, null, Scene.Facilitator));

        Assert.False(lifted.Outcomes.Single().Restricted);
        Assert.Equal(0, lifted.Revision);
        Assert.Equal(1, await Silo.CountAsync("SELECT COUNT(*) FROM journal_entry WHERE action = 'restriction_lifted'"));
    }

    [Fact]
    public async Task LiftRestriction_OpenPartOrPublishedWithoutReason_IsRefusedAndChangesNothing()
    {
        var open = await NoteAsync("Nota abierta", false);
        var restricted = await NoteAsync("Nota reservada", true);
        await PublishAsync();

        var notRestricted = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => Record.LiftRestrictionAsync(new LiftRestriction(open.Id, "x", Scene.Facilitator)));
        var noReason = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => Record.LiftRestrictionAsync(new LiftRestriction(restricted.Id, " ", Scene.Facilitator)));
        var unknown = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => Record.LiftRestrictionAsync(new LiftRestriction(Guid.NewGuid(), "x", Scene.Facilitator)));

        Assert.Equal((RecordRule.NotRestricted, RecordRule.ReasonRequired, RecordRule.PartUnknown), (notRestricted.Code, noReason.Code, unknown.Code));
        Assert.Equal(1, await Silo.CountAsync("SELECT COUNT(*) FROM note WHERE restricted = TRUE"));
        Assert.Equal(1, (await Record.GetAsync())!.Revision);
    }
}
