using Platform.Grains.MeetingRecords;

namespace Platform.Grains.Tests.MeetingRecords;

public sealed class RecordVisibilityTests
{
    [Theory]
    [InlineData("facilitator", true)]
    [InlineData("member", true)]
    [InlineData("observer", false)]
    public async Task RecordAsync_ByRole_ShowsRestrictedPartsOnlyToMembersAndFacilitators(string role, bool seesRestricted)
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);
        var record = silo.Record(s.Meeting);
        await record.AddNoteAsync(new AddNote(s.FirstItem, "Nota abierta", false, s.Facilitator));
        await record.AddNoteAsync(new AddNote(s.FirstItem, "Nota reservada sobre la patrulla", true, s.Facilitator));
        await record.AddOutcomeAsync(new AddOutcome(s.FirstItem, OutcomeKind.Decision, "Decisión reservada", true, s.Facilitator));
        await record.AddOutcomeAsync(new AddOutcome(s.FirstItem, OutcomeKind.Decision, "Decisión abierta", false, s.Facilitator));
        await record.PublishAsync(new PublishRecord(s.Facilitator, true));
        var viewer = role switch { "facilitator" => s.Facilitator, "member" => s.Member, _ => s.Observer };

        var view = await silo.Queries.RecordAsync(s.Meeting, null, await silo.Access.StandingAsync(viewer, s.Group));

        var item = view!.Snapshot.Items[0];
        Assert.Equal(seesRestricted, view.RestrictedShown);
        Assert.Equal(seesRestricted ? 2 : 1, item.Notes.Count);
        Assert.Equal(seesRestricted, item.Notes.Any(n => n.Text.Contains("reservada", StringComparison.Ordinal)));
        Assert.Equal(seesRestricted ? [1, 2] : [2], item.Outcomes.Select(o => o.DecisionNumber));
    }

    [Fact]
    public async Task RecordAsync_Draft_IsNull()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);

        var view = await silo.Queries.RecordAsync(s.Meeting, null, await silo.Access.StandingAsync(s.Member, s.Group));

        Assert.Null(view);
    }
}
