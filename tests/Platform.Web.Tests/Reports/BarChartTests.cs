using Platform.Grains.Progress;
using Platform.Web.Components.Reports;
using Platform.Web.Reports;

namespace Platform.Web.Tests.Reports;

public sealed class BarChartTests
{
    private static readonly DateOnly[] Months = [new(2026, 9, 1), new(2026, 10, 1), new(2026, 11, 1)];

    private static Task<AngleSharp.Dom.IDocument> RenderAsync(string culture, params ChartSeries[] series) =>
        ComponentRenderer.Render<BarChart>(culture, p =>
        {
            p[nameof(BarChart.Id)] = "chart-items";
            p[nameof(BarChart.Title)] = "Items per month";
            p[nameof(BarChart.Caption)] = "Items per month (table)";
            p[nameof(BarChart.Months)] = Months;
            p[nameof(BarChart.Series)] = series;
        });

    [Fact]
    public async Task Render_Series_IsAnImageWithTitleFollowedByItsTable()
    {
        var document = await RenderAsync("en", new ChartSeries("Opened", [Cell.Exact(6), Cell.Small, Cell.Exact(0)]));

        var svg = document.QuerySelector("figure svg[role=img]");
        Assert.NotNull(svg);
        Assert.Equal("Items per month", document.GetElementById(svg!.GetAttribute("aria-labelledby")!)?.TextContent);
        Assert.Equal("title", document.GetElementById(svg.GetAttribute("aria-labelledby")!)?.LocalName);
        Assert.Equal("Items per month (table)", document.QuerySelector("figure svg + table caption, figure table caption")?.TextContent);
        Assert.Equal(["6", "<5", "0"], document.QuerySelectorAll("table tbody td").Select(td => td.TextContent));
        Assert.Equal(["6", "<5", "0"], document.QuerySelectorAll("svg text.bar-label").Select(t => t.TextContent));
    }

    [Fact]
    public async Task Render_SmallCells_DrawTheSameFixedBarWhateverTheValue()
    {
        var document = await RenderAsync("en", new ChartSeries("Opened", [Cell.Exact(10), Cell.Small, Cell.Small]));

        var small = document.QuerySelectorAll("svg rect.bar-small").Select(r => r.GetAttribute("height")).ToList();
        Assert.Equal(2, small.Count);
        Assert.Single(small.Distinct());
        Assert.Equal("25", small[0]); // 2.5 on a scale of 10, 100 units tall
    }

    [Fact]
    public async Task Render_HiddenAndNoneCells_DrawNoBarAndSayWhy()
    {
        var document = await RenderAsync(
            "fr",
            new ChartSeries("Ouvertes", [Cell.Hidden, Cell.Exact(7), Cell.Exact(5)]),
            new ChartSeries("À temps", [Cell.None, Cell.Exact(50), Cell.None], Percent: true));

        Assert.Equal(3, document.QuerySelectorAll("svg rect.bar").Length);
        var cells = document.QuerySelectorAll("table tbody td").Select(td => td.TextContent).ToList();
        Assert.Equal(["masqué", "—", "7", "50 %", "5", "—"], cells.Select(c => c.Replace('\u00a0', ' ').Replace('\u202f', ' ')));
        Assert.Equal(2, document.QuerySelectorAll("table thead th").Length - 1);
    }

    [Fact]
    public void Show_SmallCell_NeverPrintsANumberBehindIt() =>
        Assert.Equal("<5", ProgressText.Show(ComponentRenderer.Text, Cell.Small));
}
