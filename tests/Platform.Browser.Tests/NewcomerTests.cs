using Microsoft.Playwright;

namespace Platform.Browser.Tests;

public sealed class NewcomerTests
{
    [BrowserFact]
    public async Task FirstRun_SetupSignInAndSpanishProfile_ShowsPagesInSpanish()
    {
        await using var scene = await DemoScene.StartAsync(demo: false);
        var page = await (await scene.PhoneAsync()).NewPageAsync();
        var setupLink = await scene.Host.SetupLink.WaitAsync(TimeSpan.FromSeconds(90));

        // The link printed on the console creates the first administrator, who must then turn on two-step verification.
        var enrolled = await CreateAdministratorAsync(page, setupLink.ToString());

        // Sign out and back in with the new account: the password, then the second step. The code used to enrol is spent
        // (a replay is refused); a recovery code, for a lost phone, works once.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync("ana@example.org");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("a long passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/account/two-step?", StringComparison.Ordinal));
        await page.GetByLabel("Six-digit code").FillAsync(enrolled.UsedCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify and sign in" }).ClickAsync();
        Assert.Contains("not accepted", await page.Locator("#two-step-failure").TextContentAsync() ?? "", StringComparison.Ordinal);
        await page.GetByText("No access to your phone?").ClickAsync();
        await page.GetByLabel("Recovery code").FillAsync(enrolled.RecoveryCodes[0]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with the recovery code" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/two-step", StringComparison.Ordinal) && !url.Contains("/sign-in", StringComparison.Ordinal));

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
        await using var scene = await DemoScene.StartAsync(demo: false);
        var page = await (await scene.PhoneAsync()).NewPageAsync();
        var setupLink = (await scene.Host.SetupLink.WaitAsync(TimeSpan.FromSeconds(90))).ToString();
        await CreateAdministratorAsync(page, setupLink);

        var other = await (await scene.PhoneAsync()).NewPageAsync();
        await other.GotoAsync(setupLink);

        Assert.Equal(0, await other.Locator("main form").CountAsync());
        Assert.Contains("already set up", await other.Locator("main [role=alert]").TextContentAsync() ?? "", StringComparison.Ordinal);
    }

    /// <summary>
    /// Creates the first administrator through the setup link; being an administrator, they are taken to two-step enrolment
    /// before anything else, and enrol with the key the page shows. Returns the code used and the recovery codes shown.
    /// </summary>
    internal static async Task<(string UsedCode, IReadOnlyList<string> RecoveryCodes)> CreateAdministratorAsync(IPage page, string setupLink)
    {
        await page.GotoAsync(setupLink);
        await page.GetByLabel("Your name").FillAsync("Ana Mendoza");
        await page.GetByLabel("E-mail address").FillAsync("ana@example.org");
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("a long passphrase");
        await page.GetByLabel("Type the new password again").FillAsync("a long passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create administrator account" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/setup");

        // Any page leads to enrolment until it is done.
        await page.GotoAsync("/organisations");
        await page.WaitForURLAsync(url => url.Contains("/account/two-step/setup", StringComparison.Ordinal));
        var key = string.Concat((await page.Locator("code.totp-key").TextContentAsync() ?? "").Split(' ')).ToUpperInvariant();
        var code = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow);
        await page.GetByLabel("Six-digit code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step verification" }).ClickAsync();
        await page.Locator("ol.recovery-codes").WaitForAsync();
        var codes = await page.Locator("ol.recovery-codes code").AllTextContentsAsync();
        Assert.Equal(10, codes.Count);
        await page.GetByRole(AriaRole.Link, new() { Name = "I have kept them: continue" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/organisations", StringComparison.Ordinal));
        return (code, [.. codes]);
    }
}
