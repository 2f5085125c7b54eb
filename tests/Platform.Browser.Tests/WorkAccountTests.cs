using Microsoft.Playwright;
using Platform.Host.Tests.Accounts.WorkAccounts;

namespace Platform.Browser.Tests;

/// <summary>
/// Sign-in with a work account in a real browser, through a real OpenID provider on loopback (oidc-provider): the button
/// on the sign-in page, the provider's own login and consent pages, and back on the person's groups.
/// </summary>
public sealed class WorkAccountTests
{
    [BrowserFact]
    public async Task SignIn_DemoMemberThroughTheProvider_LandsOnTheirGroups()
    {
        // The provider must know the platform's callback before either starts, so the port is chosen first.
        var port = TestPorts.Free();
        await using var provider = await OidcProviderProcess.StartAsync(new Uri($"http://127.0.0.1:{port}/signin-oidc"));
        var settings = new Dictionary<string, string>(provider.Settings()) { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" };
        await using var host = await HostProcess.StartAsync(demo: true, null, settings);
        await using var session = await BrowserSession.LaunchAsync();
        session.SkipAudit(provider.Authority);
        await using var context = await session.NewPhoneContextAsync(host.BaseAddress);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/account/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a work account" }).ClickAsync();
        // The provider's development login takes any password; the login names the account, whose address it verified.
        await page.Locator("input[name=login]").FillAsync("james.whitfield@demo.example");
        await page.Locator("input[name=password]").FillAsync("any password at all");
        await page.Locator("button[type=submit]").ClickAsync();
        await page.Locator("button[type=submit]").ClickAsync(); // the provider's consent: "Continue"
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/" && new Uri(url).Port == port);

        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = DemoScene.Group }).First.IsVisibleAsync());
        await page.GotoAsync("/account/work-account");
        Assert.Contains("A work account is linked", await page.Locator("main").TextContentAsync() ?? "", StringComparison.Ordinal);
    }

}
