using Platform.Grains.Progress;
using Platform.Web.Reports;

namespace Platform.Web.Tests.Reports;

public sealed class BarChartTests : ComponentTest
{
    private static readonly DateOnly[] Months = [new(2026, 9, 1), new(2026, 10, 1), new(2026, 11, 1)];

    private IRenderedComponent<BarChart> RenderChart(string culture, params ChartSeries[] series) =>
        Render<BarChart>(culture, p => p
            .Add(c => c.Id, "chart-items")
            .Add(c => c.Title, "Items per month")
            .Add(c => c.Caption, "Items per month (table)")
            .Add(c => c.Months, Months)
            .Add(c => c.Series, series));

    [Fact]
    public void Render_Series_IsAnImageWithTitleFollowedByItsTable()
    {
        var chart = RenderChart("en", new ChartSeries("Opened", [Cell.Exact(6), Cell.Small, Cell.Exact(0)]));

        var svg = chart.Find("figure svg[role=img]");
        var title = chart.Find($"#{svg.GetAttribute("aria-labelledby")}");
        Assert.Equal("Items per month", title.TextContent);
        Assert.Equal("title", title.LocalName);
        Assert.Equal("Items per month (table)", chart.Find("figure svg + table caption, figure table caption").TextContent);
        Assert.Equal(["6", "<5", "0"], chart.FindAll("table tbody td").Select(td => td.TextContent));
        Assert.Equal(["6", "<5", "0"], chart.FindAll("svg text.bar-label").Select(t => t.TextContent));
    }

    [Fact]
    public void Render_SmallCells_DrawTheSameFixedBarWhateverTheValue()
    {
        var chart = RenderChart("en", new ChartSeries("Opened", [Cell.Exact(10), Cell.Small, Cell.Small]));

        var small = chart.FindAll("svg rect.bar-small").Select(r => r.GetAttribute("height")).ToList();
        Assert.Equal(2, small.Count);
        Assert.Single(small.Distinct());
        Assert.Equal("25", small[0]); // 2.5 on a scale of 10, 100 units tall
    }

    [Fact]
    public void Render_HiddenAndNoneCells_DrawNoBarAndSayWhy()
    {
        var chart = RenderChart(
            "fr",
            new ChartSeries("Ouvertes", [Cell.Hidden, Cell.Exact(7), Cell.Exact(5)]),
            new ChartSeries("À temps", [Cell.None, Cell.Exact(50), Cell.None], Percent: true));

        Assert.Equal(3, chart.FindAll("svg rect.bar").Count);
        var cells = chart.FindAll("table tbody td").Select(td => td.TextContent).ToList();
        Assert.Equal(["masqué", "—", "7", "50 %", "5", "—"], cells.Select(c => c.Replace('\u00a0', ' ').Replace('\u202f', ' ')));
        Assert.Equal(2, chart.FindAll("table thead th").Count - 1);
    }

    [Fact]
    public void Render_EveryValueWithheld_SaysSoInOneLineWithoutEmptyFrames()
    {
        var chart = RenderChart(
            "es",
            new ChartSeries("Abiertas", [Cell.Small, Cell.Hidden, Cell.None]),
            new ChartSeries("A tiempo", [Cell.None, Cell.None, Cell.None], Percent: true));

        Assert.Empty(chart.FindAll("svg"));
        Assert.Empty(chart.FindAll("table"));
        Assert.Equal("Items per month", chart.Find("figure figcaption").TextContent);
        Assert.StartsWith("No hay cifras que dibujar", chart.Find("figure p.chart-withheld").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SeveralSeries_EachToldApartByItsOwnPatternNotColourAlone()
    {
        var chart = RenderChart(
            "en",
            new ChartSeries("Opened", [Cell.Exact(6), Cell.Exact(7), Cell.Exact(8)]),
            new ChartSeries("Done", [Cell.Exact(5), Cell.Exact(6), Cell.Exact(7)]),
            new ChartSeries("Overdue", [Cell.Exact(5), Cell.Exact(5), Cell.Exact(9)]));

        IEnumerable<string?> fills = [.. Enumerable.Range(0, 3).Select(s => chart.Find($"svg.chart rect.bar.series-{s}").GetAttribute("fill"))];
        Assert.Equal([null, "url(#chart-items-p1)", "url(#chart-items-p2)"], fills);
        Assert.NotNull(chart.Find("svg.chart pattern#chart-items-p1 line"));
        Assert.NotNull(chart.Find("svg.chart pattern#chart-items-p2 circle"));
        Assert.Equal(fills, chart.FindAll(".chart-legend rect").Select(r => r.GetAttribute("fill")));
        Assert.Equal("0", chart.Find("figure .chart-box[role=region]").GetAttribute("tabindex"));
    }

    [Fact]
    public void Show_SmallCell_NeverPrintsANumberBehindIt() =>
        Assert.Equal("<5", ProgressText.Show(Text, Cell.Small));
}
