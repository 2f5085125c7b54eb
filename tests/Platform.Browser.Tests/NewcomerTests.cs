using Microsoft.Playwright;

namespace Platform.Browser.Tests;

public sealed class NewcomerTests
{
    [BrowserFact]
    public async Task FirstRun_SetupSignInAndSpanishProfile_ShowsPagesInSpanish()
    {
        await using var host = await HostProcess.StartAsync();
        await using var session = await BrowserSession.LaunchAsync();
        await using var context = await session.NewPhoneContextAsync(host.BaseAddress);
        var page = await context.NewPageAsync();
        var setupLink = await host.SetupLink.WaitAsync(TimeSpan.FromSeconds(90));

        // The link printed on the console creates the first administrator.
        await CreateAdministratorAsync(page, setupLink.ToString());

        // Sign out and back in with the new account.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync("ana@example.org");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("a long passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal));

        // The profile's language wins over the browser's English.
        await page.GotoAsync("/account/profile");
        await page.GetByLabel("Preferred language").SelectOptionAsync("es");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.GotoAsync("/account/profile");

        Assert.Equal("es", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Mi perfil", (await page.Locator("h1").TextContentAsync())?.Trim());
        await page.GotoAsync("/"); // signed in, the home page is "my groups"
        Assert.Equal("Mis grupos de trabajo", (await page.Locator("h1").TextContentAsync())?.Trim());
    }

    [BrowserFact]
    public async Task FirstRun_SetupLinkUsedTwice_SecondVisitSaysAlreadySetUp()
    {
        await using var host = await HostProcess.StartAsync();
        await using var session = await BrowserSession.LaunchAsync();
        await using var context = await session.NewPhoneContextAsync(host.BaseAddress);
        var page = await context.NewPageAsync();
        var setupLink = (await host.SetupLink.WaitAsync(TimeSpan.FromSeconds(90))).ToString();
        await CreateAdministratorAsync(page, setupLink);

        await using var stranger = await session.NewPhoneContextAsync(host.BaseAddress);
        var other = await stranger.NewPageAsync();
        await other.GotoAsync(setupLink);

        Assert.Equal(0, await other.Locator("main form").CountAsync());
        Assert.Contains("already set up", await other.Locator("main [role=alert]").TextContentAsync() ?? "", StringComparison.Ordinal);
    }

    internal static async Task CreateAdministratorAsync(IPage page, string setupLink)
    {
        await page.GotoAsync(setupLink);
        await page.GetByLabel("Your name").FillAsync("Ana Mendoza");
        await page.GetByLabel("E-mail address").FillAsync("ana@example.org");
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("a long passphrase");
        await page.GetByLabel("Type the new password again").FillAsync("a long passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create administrator account" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/setup", StringComparison.Ordinal));
    }
}
