namespace Platform.Browser.Tests;

public sealed class ShellTests
{
    [BrowserFact]
    public async Task HomePage_InFrenchBrowser_IsFrenchAndSwitchesToSpanish()
    {
        await using var scene = await DemoScene.StartAsync(demo: false);
        var page = await (await scene.PhoneAsync("fr-FR")).NewPageAsync();

        await page.GotoAsync("/not-found");
        var before = await page.Locator("h1").TextContentAsync();
        await page.GetByLabel("Langue").SelectOptionAsync("es");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Changer" }).ClickAsync();
        await page.WaitForURLAsync("**/not-found");

        Assert.Equal("Page introuvable", before);
        Assert.Equal("Página no encontrada", await page.Locator("h1").TextContentAsync());
    }
}
