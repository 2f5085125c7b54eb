using Microsoft.Playwright;

namespace Platform.Browser.Tests;

/// <summary>A donor walks the progress pages of the demo: portfolio, a group summary, its CSV and its printable report.</summary>
public sealed class ProgressTests
{
    [BrowserFact]
    public async Task Donor_OpensPortfolioSummaryCsvAndPrint_SeesFiguresAndNoPerson()
    {
        await using var scene = await DemoScene.StartAsync();
        var (context, page) = await scene.SignInAsync("emily.carter@demo.example");

        await page.GetByRole(AriaRole.Link, new() { Name = "Portfolio" }).First.ClickAsync();
        await page.WaitForURLAsync("**/portfolio");
        Assert.Equal(2, await page.Locator("main section.portfolio-group").CountAsync());
        var figures = await page.Locator("main section.portfolio-group", new() { HasText = DemoScene.Group }).Locator("dl.progress-figures dd").AllTextContentsAsync();
        Assert.StartsWith("11 / ", figures[0].Trim(), StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "progress-portfolio");
        await BrowserSession.AssertFitsPhoneAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = DemoScene.Group }).ClickAsync();
        await page.WaitForURLAsync("**/summary?**");
        // Four charts: each drawn with its table, or, with no figure to draw in the demo's few meetings, said in one line.
        var drawn = await page.Locator("main figure svg[role=img]").CountAsync();
        Assert.Equal(drawn, await page.Locator("main figure table caption").CountAsync());
        Assert.Equal(4 - drawn, await page.Locator("main figure p.chart-withheld").CountAsync());
        Assert.InRange(drawn, 1, 4);
        var main = await page.Locator("main").TextContentAsync() ?? "";
        Assert.DoesNotContain("Ana María Restrepo", main, StringComparison.Ordinal);
        Assert.DoesNotContain("James Whitfield", main, StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "progress-summary");
        await BrowserSession.AssertFitsPhoneAsync(page);

        var csvLink = await page.GetByRole(AriaRole.Link, new() { Name = "Download the figures (CSV)" }).GetAttributeAsync("href") ?? "";
        var csv = await context.APIRequest.GetAsync(new Uri(scene.Host.BaseAddress, csvLink).ToString());
        Assert.Equal(200, csv.Status);
        Assert.StartsWith("text/csv", csv.Headers["content-type"], StringComparison.Ordinal);
        var text = await csv.TextAsync();
        Assert.Contains("Meetings held", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Restrepo", text, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Printable report" }).ClickAsync();
        await page.WaitForURLAsync("**/summary/print?**");
        Assert.Contains("Generated", await page.Locator("main .report-meta").TextContentAsync() ?? "", StringComparison.Ordinal);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator("header nav").IsVisibleAsync());
        Assert.True(await page.Locator("main figure svg").First.IsVisibleAsync());
        await BrowserSession.ScreenshotAsync(page, "progress-print");
    }
}
