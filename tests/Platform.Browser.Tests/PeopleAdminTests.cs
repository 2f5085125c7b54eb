using Microsoft.Playwright;

namespace Platform.Browser.Tests;

/// <summary>Issue 16: an administrator finds a person on a phone and opens their page; the audit checks each page it opened.</summary>
public sealed class PeopleAdminTests
{
    [BrowserFact]
    public async Task Search_OnAPhone_FindsAPersonAndOpensTheirPage()
    {
        await using var scene = await DemoScene.StartAsync();
        var (_, admin) = await scene.SignInAsync("admin@demo.example");
        await admin.GotoAsync("/admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Everyone with an account" }).ClickAsync();
        await admin.GetByLabel("Name or e-mail address").FillAsync("ana.restrepo");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await admin.WaitForURLAsync(url => url.Contains("q=ana.restrepo", StringComparison.Ordinal));

        Assert.Equal(1, await admin.Locator("main tbody tr").CountAsync());
        await admin.Locator("main tbody tr a").First.ClickAsync();
        await admin.WaitForURLAsync(url => url.Contains("/admin/people/", StringComparison.Ordinal));
        Assert.Contains("Seats in working groups", await admin.Locator("main").TextContentAsync() ?? "", StringComparison.Ordinal);
        await admin.GotoAsync("/admin/invitations");
        Assert.Equal("Pending invitations", (await admin.Locator("main h1").TextContentAsync())?.Trim());
    }
}
