namespace Platform.Host.Tests.Accounts;

public sealed class SetupTests
{
    private static Dictionary<string, string> Administrator(string email = "ana@example.org") => new()
    {
        ["Input.DisplayName"] = "Ana",
        ["Input.Email"] = email,
        ["Input.Password"] = PlatformFactory.Password,
        ["Input.ConfirmPassword"] = PlatformFactory.Password,
    };

    [Fact]
    public async Task Setup_WithValidLink_CreatesAdministratorAndSignsIn()
    {
        using var factory = new PlatformFactory();
        var token = await factory.IssueSetupTokenAsync();
        using var browser = factory.Browser();

        var page = await browser.SubmitAsync($"/setup?token={token}", Administrator());

        Assert.Equal(HttpStatusCode.Found, page.Status);
        Assert.Contains(page.SetCookies, c => c.StartsWith("rt=", StringComparison.Ordinal));
        var user = await factory.FindUserAsync("ana@example.org");
        Assert.NotNull(user);
        Assert.Equal([PlatformRoles.Administrator], await factory.RolesOfAsync(user));
    }

    [Fact]
    public async Task Setup_SameLinkTwice_SecondUseIsRefused()
    {
        using var factory = new PlatformFactory();
        var token = await factory.IssueSetupTokenAsync();
        using var first = factory.Browser();
        using var second = factory.Browser();
        var form = await second.GetAsync($"/setup?token={token}");

        await first.SubmitAsync($"/setup?token={token}", Administrator());
        var values = form.Document.QuerySelectorAll("main form input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);
        foreach (var (name, value) in Administrator("mallory@example.org"))
        {
            values[name] = value;
        }

        var replay = await second.PostAsync($"/setup?token={token}", values);
        var later = await second.GetAsync($"/setup?token={token}");

        // The form no longer exists once set up, so the framework refuses the post outright (400).
        Assert.Equal(HttpStatusCode.BadRequest, replay.Status);
        Assert.Null(await factory.FindUserAsync("mallory@example.org"));
        PageAssert.LinkRefused(later);
    }

    [Fact]
    public async Task Setup_AfterTwentyFourHours_ShowsExpiredMessageAndNoForm()
    {
        using var factory = new PlatformFactory();
        var token = await factory.IssueSetupTokenAsync();
        factory.Time.Advance(SetupTokenStore.Lifetime + TimeSpan.FromSeconds(1));
        using var browser = factory.Browser();

        var page = await browser.GetAsync($"/setup?token={token}");

        PageAssert.LinkRefused(page, "expired");
    }

    [Fact]
    public async Task Setup_WhenIssuedAgain_OlderLinkStopsWorking()
    {
        using var factory = new PlatformFactory();
        var older = await factory.IssueSetupTokenAsync();
        var newer = await factory.IssueSetupTokenAsync();
        using var browser = factory.Browser();

        var olderPage = await browser.GetAsync($"/setup?token={older}");
        var newerPage = await browser.GetAsync($"/setup?token={newer}");

        Assert.Null(olderPage.Document.QuerySelector("main form"));
        Assert.NotNull(newerPage.Document.QuerySelector("main form"));
    }

    [Fact]
    public async Task Setup_PostWithoutAntiforgeryToken_IsRejectedAndChangesNothing()
    {
        using var factory = new PlatformFactory();
        var token = await factory.IssueSetupTokenAsync();
        using var browser = factory.Browser();
        var values = Administrator();
        values["_handler"] = "setup";

        var page = await browser.PostAsync($"/setup?token={token}", values);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.False(await factory.AnyAdministratorAsync());
        Assert.NotNull((await browser.GetAsync($"/setup?token={token}")).Document.QuerySelector("main form"));
    }

    [Fact]
    public async Task Setup_ShortPassword_ShowsMessageNextToFieldAndKeepsLinkUsable()
    {
        using var factory = new PlatformFactory();
        var token = await factory.IssueSetupTokenAsync();
        using var browser = factory.Browser();
        var values = Administrator();
        values["Input.Password"] = values["Input.ConfirmPassword"] = "short";

        var page = await browser.SubmitAsync($"/setup?token={token}", values);

        var password = page.Document.QuerySelector("#password")!;
        Assert.Equal("true", password.GetAttribute("aria-invalid"));
        Assert.Contains("10", page.Document.GetElementById(password.GetAttribute("aria-describedby")!)!.TextContent, StringComparison.Ordinal);
        Assert.Null(password.GetAttribute("value"));
        Assert.Equal("ana@example.org", page.Document.QuerySelector("#email")!.GetAttribute("value"));
        Assert.False(await factory.AnyAdministratorAsync());
    }
}
