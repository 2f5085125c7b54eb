using Microsoft.Playwright;

namespace Platform.Browser.Tests;

/// <summary>The audit every browser test runs on its pages, checked on a page made to fail it.</summary>
public sealed class PageAuditTests
{
    private const string WidePage = """
        <!DOCTYPE html>
        <html lang="en"><head><title>Wide</title><meta name="viewport" content="width=device-width"></head>
        <body><div style="width: 900px">A table nobody stacked.</div></body></html>
        """;

    /// <summary>A session whose phone context has loaded a page wider than its screen.</summary>
    private static async Task<BrowserSession> SessionOnWidePageAsync()
    {
        var session = await BrowserSession.LaunchAsync();
        var context = await session.NewPhoneContextAsync(new Uri("http://audit.test/"));
        await context.RouteAsync("http://audit.test/**", route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/html", Body = WidePage }));
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
        return session;
    }

    [BrowserFact]
    public async Task Dispose_TestFailedAndPageTooWide_ReportsBothFailures()
    {
        var session = await SessionOnWidePageAsync();

        var testFailure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Assert.Equal("the expected heading", "what the page shows"));
        var reported = await Assert.ThrowsAsync<AggregateException>(async () => await session.DisposeAsync());

        Assert.Same(testFailure, reported.InnerExceptions[0]);
        Assert.Matches(@"audit\.test/ is 9\d\d px wide on a 360 px screen", reported.InnerExceptions[1].Message);
    }

    [BrowserFact]
    public async Task Dispose_OnlyPageTooWide_FailsWithTheAudit()
    {
        var session = await SessionOnWidePageAsync();

        var reported = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(async () => await session.DisposeAsync());

        Assert.Matches(@"audit\.test/ is 9\d\d px wide on a 360 px screen", reported.Message);
    }
}
