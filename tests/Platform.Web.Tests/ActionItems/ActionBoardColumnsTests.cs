using NodaTime;
using Platform.Grains.ActionItems;
using Platform.Web.ActionItems;

namespace Platform.Web.Tests.ActionItems;

public sealed class ActionBoardColumnsTests : ComponentTest
{
    private static ActionItemView Item(string title, ActionItemStatus status, bool overdue) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "Mesa de Segovia", title, "u1", "Beto", Guid.NewGuid(), "Cooperativa La Esperanza",
            new LocalDate(2026, 11, 1), ActionItemPriority.High, status, overdue);

    [Fact]
    public void Render_Spanish_OneHeadedSectionPerStatusAndOverdueInWords()
    {
        var board = Render<ActionBoardColumns>("es", p => p.Add(c => c.Items,
        [
            Item("Informe de incidentes", ActionItemStatus.Open, overdue: true),
            Item("Revisión del protocolo", ActionItemStatus.Done, overdue: false),
        ]));

        var headings = board.FindAll("section h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["Abierta (1)", "En curso (0)", "Bloqueada (0)", "Hecha (1)", "Cancelada (0)"], headings);
        var open = board.Find("section[aria-labelledby='col-Open'] li");
        Assert.Contains("Vencida", open.TextContent, StringComparison.Ordinal);
        Assert.Contains("Prioridad alta", open.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Vencida", board.Find("section[aria-labelledby='col-Done']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FrenchEscalatedItem_SaysSoInWordsOnlyOnThatItem()
    {
        var board = Render<ActionBoardColumns>("fr", p => p.Add(c => c.Items,
        [
            Item("Rapport d'incidents", ActionItemStatus.Blocked, overdue: true) with { Escalated = true },
            Item("Révision du protocole", ActionItemStatus.Open, overdue: false),
        ]));

        var flag = board.Find("section[aria-labelledby='col-Blocked'] li .escalated-flag");
        Assert.Contains("Signalée", flag.TextContent, StringComparison.Ordinal);
        Assert.Equal("Les facilitateurs ont été prévenus au sujet de cette action.", flag.GetAttribute("title"));
        Assert.Empty(board.FindAll("section[aria-labelledby='col-Open'] .escalated-flag"));
    }
}
