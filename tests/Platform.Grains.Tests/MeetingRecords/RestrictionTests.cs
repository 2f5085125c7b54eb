using Platform.Grains;
using Platform.Grains.MeetingRecords;
using Platform.Grains.Tests.Storage;

namespace Platform.Grains.Tests.MeetingRecords;

/// <summary>Issue 11: a restricted part stays restricted through every write; only an explicit lift makes it readable.</summary>
public sealed class RestrictionTests
{
    [Fact]
    public async Task Correct_RestrictedPartsSentUnrestricted_StayHiddenFromObserversInTheNewRevision()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);
        var record = silo.Record(s.Meeting);
        var note = (await record.AddNoteAsync(new AddNote(s.FirstItem, "Informante de la vereda El Cristo", true, s.Facilitator))).Notes[0];
        var outcome = (await record.AddOutcomeAsync(new AddOutcome(s.FirstItem, OutcomeKind.Decision, "Proteger al informante", true, s.Facilitator))).Outcomes[0];
        await record.PublishAsync(new PublishRecord(s.Facilitator, true));

        var corrected = await record.CorrectAsync(new CorrectRecord("Errata", [
            new RecordEdit(note.Id, "Informante de la vereda La Cruzada", false),
            new RecordEdit(outcome.Id, "Proteger a la informante", false)], s.Facilitator));

        var observer = await silo.Queries.RecordAsync(s.Meeting, 2, await silo.Access.StandingAsync(s.Observer, s.Group));
        var member = await silo.Queries.RecordAsync(s.Meeting, 2, await silo.Access.StandingAsync(s.Member, s.Group));
        Assert.Equal(2, corrected.Revision);
        Assert.True(corrected.Notes.Single().Restricted && corrected.Outcomes.Single().Restricted);
        Assert.Empty(observer!.Snapshot.Items[0].Notes);
        Assert.Empty(observer.Snapshot.Items[0].Outcomes);
        Assert.Equal("Informante de la vereda La Cruzada", member!.Snapshot.Items[0].Notes.Single().Text);
        Assert.Equal(0, await silo.CountAsync("SELECT COUNT(*) FROM note WHERE restricted = FALSE"));
    }

    [Fact]
    public async Task EditNoteAndOutcome_DraftRestrictedPartSentUnrestricted_StaysRestricted()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);
        var record = silo.Record(s.Meeting);
        var note = (await record.AddNoteAsync(new AddNote(s.FirstItem, "Nombre del informante", true, s.Facilitator))).Notes[0];
        var outcome = (await record.AddOutcomeAsync(new AddOutcome(s.FirstItem, OutcomeKind.FollowUp, "Visitar al informante", true, s.Facilitator))).Outcomes[0];

        await record.EditNoteAsync(new EditNote(note.Id, "Nombre corregido", false, s.Facilitator));
        var edited = await record.EditOutcomeAsync(new EditOutcome(outcome.Id, "Visita corregida", false, s.Facilitator));
        await record.PublishAsync(new PublishRecord(s.Facilitator, true));

        var observer = await silo.Queries.RecordAsync(s.Meeting, null, await silo.Access.StandingAsync(s.Observer, s.Group));
        Assert.True(edited.Notes.Single().Restricted && edited.Outcomes.Single().Restricted);
        Assert.Empty(observer!.Snapshot.Items[0].Notes);
        Assert.Empty(observer.Snapshot.Items[0].Outcomes);
    }

    [Fact]
    public async Task Correct_OpenPartSentRestricted_BecomesRestricted()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);
        var record = silo.Record(s.Meeting);
        var note = (await record.AddNoteAsync(new AddNote(s.FirstItem, "Nombre que no debía publicarse", false, s.Facilitator))).Notes[0];
        await record.PublishAsync(new PublishRecord(s.Facilitator, true));

        await record.CorrectAsync(new CorrectRecord("Contiene un nombre", [new RecordEdit(note.Id, "Nombre que no debía publicarse", true)], s.Facilitator));

        var observer = await silo.Queries.RecordAsync(s.Meeting, null, await silo.Access.StandingAsync(s.Observer, s.Group));
        Assert.Empty(observer!.Snapshot.Items[0].Notes);
    }

    [Fact]
    public async Task LiftRestriction_Published_PublishesNextRevisionObserversReadAndJournalsIt()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);
        var record = silo.Record(s.Meeting);
        var note = (await record.AddNoteAsync(new AddNote(s.FirstItem, "Acuerdo ya público", true, s.Facilitator))).Notes[0];
        await record.PublishAsync(new PublishRecord(s.Facilitator, true));

        var lifted = await record.LiftRestrictionAsync(new LiftRestriction(note.Id, "La comunidad lo hizo público", s.Facilitator));

        var observer = await silo.Queries.RecordAsync(s.Meeting, null, await silo.Access.StandingAsync(s.Observer, s.Group));
        var first = await silo.Queries.RecordAsync(s.Meeting, 1, await silo.Access.StandingAsync(s.Observer, s.Group));
        Assert.Equal(2, lifted.Revision);
        Assert.Equal(("Acuerdo ya público", "La comunidad lo hizo público"), (observer!.Snapshot.Items[0].Notes.Single().Text, observer.Reason));
        Assert.Empty(first!.Snapshot.Items[0].Notes);
        Assert.Equal(1, await silo.CountAsync(
            "SELECT COUNT(*) FROM journal_entry WHERE action = 'restriction_lifted' AND actor = @a AND summary NOT LIKE '%público%'", new { a = s.Facilitator }));
    }

    [Fact]
    public async Task LiftRestriction_DraftPart_LiftsItAndJournalsIt()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);
        var record = silo.Record(s.Meeting);
        var outcome = (await record.AddOutcomeAsync(new AddOutcome(s.FirstItem, OutcomeKind.Decision, "Decisión", true, s.Facilitator))).Outcomes[0];

        var lifted = await record.LiftRestrictionAsync(new LiftRestriction(outcome.Id, null, s.Facilitator));

        Assert.False(lifted.Outcomes.Single().Restricted);
        Assert.Equal(0, lifted.Revision);
        Assert.Equal(1, await silo.CountAsync("SELECT COUNT(*) FROM journal_entry WHERE action = 'restriction_lifted'"));
    }

    [Fact]
    public async Task LiftRestriction_OpenPartOrPublishedWithoutReason_IsRefusedAndChangesNothing()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);
        var record = silo.Record(s.Meeting);
        var open = (await record.AddNoteAsync(new AddNote(s.FirstItem, "Nota abierta", false, s.Facilitator))).Notes[0];
        var restricted = (await record.AddNoteAsync(new AddNote(s.FirstItem, "Nota reservada", true, s.Facilitator))).Notes[1];
        await record.PublishAsync(new PublishRecord(s.Facilitator, true));

        var notRestricted = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => record.LiftRestrictionAsync(new LiftRestriction(open.Id, "x", s.Facilitator)));
        var noReason = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => record.LiftRestrictionAsync(new LiftRestriction(restricted.Id, " ", s.Facilitator)));
        var unknown = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => record.LiftRestrictionAsync(new LiftRestriction(Guid.NewGuid(), "x", s.Facilitator)));

        Assert.Equal((RecordRule.NotRestricted, RecordRule.ReasonRequired, RecordRule.PartUnknown), (notRestricted.Code, noReason.Code, unknown.Code));
        Assert.Equal(1, await silo.CountAsync("SELECT COUNT(*) FROM note WHERE restricted = TRUE"));
        Assert.Equal(1, (await record.GetAsync())!.Revision);
    }
}
