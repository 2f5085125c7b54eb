using Platform.Grains.ActionItems;
using Platform.Grains.Commitments;
using Platform.Grains.Incidents;
using Platform.Grains.MeetingRecords;
using ChainView = Platform.Grains.Incidents.IncidentChain;

namespace Platform.Web.Tests.Incidents;

public sealed class IncidentChainTests : ComponentTest
{
    private static readonly Guid Group = Guid.NewGuid();

    [Fact]
    public void Render_FullChain_ShowsMeetingDecisionActionAndCommitmentInSpanish()
    {
        var meeting = Guid.NewGuid();
        var action = Guid.NewGuid();
        var chain = new ChainView(
            [new ChainAgendaItem(Guid.NewGuid(), meeting, "Plenaria de noviembre", new DateOnly(2026, 11, 25), "Seguimiento del cruce del río",
                [new ChainOutcome(OutcomeKind.Decision, 4, "Pedir a la empresa la lista de guardias", true)])],
            [new ChainActionItem(action, "Solicitar la lista de guardias", ActionItemStatus.InProgress, null)],
            [new ChainCommitment(Guid.NewGuid(), "Formar a los guardias en los Principios Voluntarios", "Minera del Norte", CommitmentStatus.OnTrack)]);

        var cut = Render<Platform.Web.Incidents.IncidentChainView>("es", p => p.Add(c => c.GroupId, Group).Add(c => c.Chain, chain));

        Assert.Equal($"/groups/{Group}/meetings/{meeting}", cut.Find("a[href*='/meetings/']").GetAttribute("href"));
        Assert.Equal("2026-11-25", cut.Find("time").GetAttribute("datetime"));
        Assert.Contains("Decisión 4", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("restringido", cut.Markup, StringComparison.Ordinal);
        Assert.Equal($"/groups/{Group}/actions/{action}", cut.Find("a[href*='/actions/']").GetAttribute("href"));
        Assert.Contains("Minera del Norte", cut.Find("a[href*='/commitments/']").ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EmptyChain_SaysNothingWasDoneYet()
    {
        var cut = Render<Platform.Web.Incidents.IncidentChainView>("en", p => p.Add(c => c.GroupId, Group).Add(c => c.Chain, ChainView.Empty));

        Assert.Empty(cut.FindAll("a"));
        Assert.Contains("Not yet on a meeting's agenda", cut.Markup, StringComparison.Ordinal);
    }
}
