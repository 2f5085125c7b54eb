using Platform.Grains.Donors;
using Platform.Grains.Organisations;
using Platform.Web.Donors;

namespace Platform.Web.Tests.Donors;

public sealed class GroupFiguresTests : ComponentTest
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
    public void Render_CountsFromOneToFour_ShowUnderFive()
    {
        var figures = Render<GroupFigures>("en", p => p.Add(c => c.Figures, Figures(4, 1, 3, 1)));

        Assert.Equal(["<5", "<5"], figures.FindAll("dl.group-figures dd").Select(d => d.TextContent));
        var asm = figures.FindAll("table.group-seats tbody tr").Single(r => r.QuerySelector("th")?.TextContent.Contains("small-scale miners", StringComparison.Ordinal) == true);
        Assert.Equal("<5", asm.QuerySelector("td")?.TextContent);
    }

    [Fact]
    public void Render_ZeroAndFiveOrMore_ShowTheNumber()
    {
        var figures = Render<GroupFigures>("es", p => p.Add(c => c.Figures, Figures(12, 5, 7, 0)));

        Assert.Equal(["12", "5"], figures.FindAll("dl.group-figures dd").Select(d => d.TextContent));
        var cells = figures.FindAll("table.group-seats tbody td").Select(d => d.TextContent).ToList();
        Assert.Equal(8, cells.Count);
        Assert.Contains("7", cells);
        Assert.DoesNotContain("<5", cells);
        Assert.Equal("Equilibrio de actores", figures.Find("table.group-seats caption").TextContent);
    }
}
