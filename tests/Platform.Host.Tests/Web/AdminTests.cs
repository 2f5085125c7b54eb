namespace Platform.Host.Tests.Web;

public sealed class AdminTests
{
    [Fact]
    public async Task VerifyJournal_AsAdministrator_ReportsIntactChain()
    {
        using var factory = new PlatformFactory();
        using var browser = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);

        var page = await browser.GetAsync("/admin?verify=journal");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector("main [role=status].journal-ok"));
        Assert.Null(page.Document.QuerySelector("main [role=alert]"));
    }

    [Fact]
    public async Task AdminPage_AsOrdinaryMember_IsDenied()
    {
        using var factory = new PlatformFactory();
        using var browser = await factory.SignedInBrowserAsync("member@example.org");

        var page = await browser.GetAsync("/admin?verify=journal");

        Assert.Equal(HttpStatusCode.Found, page.Status);
        Assert.StartsWith("http://localhost/account/access-denied", page.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitcher_WhenSignedIn_SavesLanguageToProfile()
    {
        using var factory = new PlatformFactory();
        using var browser = await factory.SignedInBrowserAsync("member@example.org");

        await browser.SubmitAsync("/account/profile", "form.language-switcher", new Dictionary<string, string> { ["culture"] = "fr" });
        var profile = await browser.GetAsync("/account/profile");

        Assert.Equal("fr", (await factory.FindUserAsync("member@example.org"))?.PreferredLanguage);
        Assert.Equal("fr", profile.Document.DocumentElement.GetAttribute("lang"));
    }
}
