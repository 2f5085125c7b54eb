using Hangfire;
using Hangfire.Storage;
using Platform.Host.Jobs;

namespace Platform.Host.Tests.Jobs;

/// <summary>The Hangfire dashboard at /admin/jobs: administrators only, under the platform's CSP, its posts token-checked.</summary>
public sealed class JobDashboardTests
{
    private const string ChartStyleHash = "'sha256-z7zcnw/4WalZqx+PrNaRnoeLz/G9WXuFqV1WCJ129sg='";

    [Fact]
    public async Task Dashboard_Administrator_OpensWithTheChartStyleHashAllowedThereOnly()
    {
        using var factory = new PlatformFactory();
        using var admin = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);

        using var dashboard = await admin.Http.GetAsync(new Uri("/admin/jobs", UriKind.Relative));
        using var adminHome = await admin.Http.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("hangfire", await dashboard.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(ChartStyleHash, dashboard.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.True(dashboard.Headers.CacheControl?.NoStore);
        Assert.DoesNotContain(ChartStyleHash, adminHome.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/jobs\"", await adminHome.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DashboardPost_MemberOrAnonymous_RefusedBeforeHangfireSeesIt()
    {
        using var factory = new PlatformFactory();
        using var member = await factory.SignedInBrowserAsync("member@example.org");
        using var anonymous = factory.Browser();

        var asMember = await member.PostAsync("/admin/jobs/recurring/trigger", new Dictionary<string, string> { ["jobs[]"] = "reminder-scan" });
        var asAnonymous = await anonymous.PostAsync("/admin/jobs/recurring/trigger", new Dictionary<string, string> { ["jobs[]"] = "reminder-scan" });
        var pageAsMember = await member.GetAsync("/admin/jobs/recurring");

        PageAssert.Denied(asMember);
        Assert.Contains("/account/sign-in", asAnonymous.Location, StringComparison.Ordinal);
        PageAssert.Denied(pageAsMember);
    }

    [Fact]
    public async Task DashboardPost_AdministratorWithoutTheDashboardsToken_RefusedWithItTheScanRuns()
    {
        using var factory = new PlatformFactory { JobsEnabled = true };
        using var admin = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);
        var page = await admin.GetAsync("/admin/jobs/recurring");
        // The dashboard's script sends these two as a header with each post.
        var header = page.Document.QuerySelector("meta[name=csrf-header]")?.GetAttribute("content");
        var token = page.Document.QuerySelector("meta[name=csrf-token]")?.GetAttribute("content");

        var atStart = LastRun(factory);

        using var withoutToken = await TriggerAsync(admin, null, null);
        var afterRefused = LastRun(factory);
        using var withToken = await TriggerAsync(admin, header, token);

        Assert.False(string.IsNullOrEmpty(token));
        Assert.Equal(HttpStatusCode.Forbidden, withoutToken.StatusCode);
        Assert.Equal(atStart, afterRefused);
        Assert.True(withToken.IsSuccessStatusCode, $"Status {(int)withToken.StatusCode}");
        Assert.NotEqual(atStart, LastRun(factory));
    }

    /// <summary>The id of the reminder scan's latest run, as Hangfire records it.</summary>
    private static string? LastRun(PlatformFactory factory)
    {
        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs([ReminderScanJob.Id]).Single().LastJobId;
    }

    private static async Task<HttpResponseMessage> TriggerAsync(FormClient browser, string? header, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/admin/jobs/recurring/trigger", UriKind.Relative));
        request.Content = new FormUrlEncodedContent([new("jobs[]", "reminder-scan")]);
        if (header is not null)
        {
            request.Headers.Add(header, token);
        }

        return await browser.Http.SendAsync(request);
    }
}
