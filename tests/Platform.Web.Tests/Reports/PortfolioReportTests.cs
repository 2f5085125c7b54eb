using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Grains.Progress;
using Platform.Web.Reports;

namespace Platform.Web.Tests.Reports;

public sealed class PortfolioReportTests : ComponentTest
{
    private static readonly DateOnly[] Months = [new(2026, 1, 1), new(2026, 2, 1), new(2026, 11, 1), new(2026, 12, 1)];

    private static GroupProgress Group(string name, string country, Cell held, Cell rate) => new(
        Guid.NewGuid(),
        name,
        country,
        new PeriodFigures(held, Cell.Exact(12), rate, Cell.Exact(3), Cell.None, Cell.Exact(0), Cell.Small, Cell.Hidden, Cell.Exact(7), Cell.Exact(66.7), Cell.Exact(1234), Cell.Exact(100)),
        [.. Months.Select((m, i) => new MonthFigures(m, i switch { 0 => Cell.Exact(0), 1 => Cell.Small, 2 => Cell.Exact(7), _ => Cell.Hidden }, Cell.Exact(1), Cell.None, Cell.None, Cell.Exact(0), Cell.Small, Cell.Small, Cell.Small, Cell.None))],
        [],
        [],
        Cell.Small);

    public static TheoryData<string> Cultures => ["en", "es", "fr"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task Render_Groups_IsByteForByteTheComponentsMarkup(string culture)
    {
        GroupProgress[] groups =
        [
            Group("Mesa minera <Sur> & \"Norte\" d'Équateur", "CO", Cell.Exact(9), Cell.Exact(83.3)),
            Group("Groupe de travail Lubumbashi", "CD", Cell.Small, Cell.None),
            Group("Empty trend", "PE", Cell.Exact(0), Cell.Exact(0)),
        ];
        const string query = "?from=2026-01&to=2026-12&country=CO";

        var now = await HtmlAsync<PortfolioReport>(culture, groups, query);
        var before = await HtmlAsync<PortfolioReportReference>(culture, groups, query);

        Assert.Equal(before, now);
        Assert.Contains("&lt;5", now, StringComparison.Ordinal);
    }

    /// <summary>The framework's static renderer, as the page and the benchmark use it (bUnit's markup is its own).</summary>
    private static async Task<string> HtmlAsync<T>(string culture, IReadOnlyList<GroupProgress> groups, string query)
        where T : IComponent
    {
        await using var services = new ServiceCollection().AddLocalization().AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance).BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        using (Culture.Use(culture))
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Groups"] = groups, ["Query"] = query });
            return await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<T>(parameters)).ToHtmlString());
        }
    }

    [Fact]
    public void Render_NoGroups_SaysThePortfolioIsEmpty()
    {
        var now = Render<PortfolioReport>("en", p => p.Add(c => c.Groups, []).Add(c => c.Query, ""));

        Assert.Equal(Text["Portfolio.Empty"].Value, now.Find("p").TextContent);
    }
}
