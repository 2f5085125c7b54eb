using Platform.Grains.MeetingRecords;

namespace Platform.Grains.Tests.MeetingRecords;

public sealed class RecordVisibilityTests : RecordSceneTests
{
    [Theory]
    [InlineData("facilitator", true)]
    [InlineData("member", true)]
    [InlineData("observer", false)]
    public async Task RecordAsync_ByRole_ShowsRestrictedPartsOnlyToMembersAndFacilitators(string role, bool seesRestricted)
    {
        await NoteAsync("Nota abierta", false);
        await NoteAsync("Nota reservada sobre la patrulla", true);
        await OutcomeAsync(OutcomeKind.Decision, "Decisión reservada", true);
        await OutcomeAsync(OutcomeKind.Decision, "Decisión abierta", false);
        await PublishAsync();
        var viewer = role switch { "facilitator" => Scene.Facilitator, "member" => Scene.Member, _ => Scene.Observer };

        var view = await ViewAsync(viewer);

        var item = view!.Snapshot.Items[0];
        Assert.Equal(seesRestricted, view.RestrictedShown);
        Assert.Equal(seesRestricted ? 2 : 1, item.Notes.Count);
        Assert.Equal(seesRestricted, item.Notes.Any(n => n.Text.Contains("reservada", StringComparison.Ordinal)));
        Assert.Equal(seesRestricted ? [1, 2] : [2], item.Outcomes.Select(o => o.DecisionNumber));
    }

    [Fact]
    public async Task RecordAsync_Draft_IsNull()
    {

        var view = await ViewAsync(Scene.Member);

        Assert.Null(view);
    }
}
