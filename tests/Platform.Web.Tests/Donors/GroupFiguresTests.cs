using Platform.Grains.Donors;
using Platform.Grains.Organisations;
using Platform.Web.Components.Donors;

namespace Platform.Web.Tests.Donors;

public sealed class GroupFiguresTests
{
    private static GroupAggregates Figures(int members, int organisations, int asm, int police) => new(
        Guid.NewGuid(),
        "Mesa minera",
        members,
        organisations,
        Enum.GetValues<BalanceCategory>().ToDictionary(s => s, s => s switch
        {
            BalanceCategory.Asm => asm,
            BalanceCategory.PublicSecurity => police,
            _ => 0,
        }));

    [Fact]
    public async Task Render_CountsFromOneToFour_ShowUnderFive()
    {
        var document = await ComponentRenderer.Render<GroupFigures>("en", p => p[nameof(GroupFigures.Figures)] = Figures(4, 1, 3, 1));

        Assert.Equal(["<5", "<5"], document.QuerySelectorAll("dl.group-figures dd").Select(d => d.TextContent));
        var asm = document.QuerySelectorAll("table.group-seats tbody tr").Single(r => r.QuerySelector("th")?.TextContent.Contains("small-scale miners", StringComparison.Ordinal) == true);
        Assert.Equal("<5", asm.QuerySelector("td")?.TextContent);
    }

    [Fact]
    public async Task Render_ZeroAndFiveOrMore_ShowTheNumber()
    {
        var document = await ComponentRenderer.Render<GroupFigures>("es", p => p[nameof(GroupFigures.Figures)] = Figures(12, 5, 7, 0));

        Assert.Equal(["12", "5"], document.QuerySelectorAll("dl.group-figures dd").Select(d => d.TextContent));
        var cells = document.QuerySelectorAll("table.group-seats tbody td").Select(d => d.TextContent).ToList();
        Assert.Equal(8, cells.Count);
        Assert.Contains("7", cells);
        Assert.DoesNotContain("<5", cells);
        Assert.Equal("Equilibrio de actores", document.QuerySelector("table.group-seats caption")?.TextContent);
    }
}
