namespace Platform.Host.Tests.Accounts;

public sealed class AuthorizationTests
{
    [Theory]
    [InlineData("/account/profile")]
    [InlineData("/account/change-password")]
    [InlineData("/account/invite")]
    public async Task AccountPage_Anonymous_RedirectsToSignIn(string path)
    {
        using var factory = new PlatformFactory();
        using var browser = factory.Browser();

        var page = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.Found, page.Status);
        Assert.Contains("/account/sign-in", page.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_SignedInWithoutAdministratorRole_IsDenied()
    {
        using var factory = new PlatformFactory();
        using var browser = await factory.SignedInBrowserAsync("bea@example.org", PlatformRoles.Donor);

        var page = await browser.GetAsync("/account/invite");

        Assert.Equal(HttpStatusCode.Found, page.Status);
        PageAssert.Denied(page);
    }

    [Fact]
    public async Task Profile_ChangeLanguage_PutsNewCultureClaimInCookie()
    {
        using var factory = new PlatformFactory();
        using var browser = await factory.SignedInBrowserAsync("bea@example.org");

        var saved = await browser.SubmitAsync("/account/profile", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Bea",
            ["Input.PreferredLanguage"] = "fr",
            ["Input.TimeZone"] = "UTC",
            ["Input.Gender"] = Genders.Woman,
        });

        Assert.Equal(HttpStatusCode.Found, saved.Status);
        var principal = factory.PrincipalFromCookie(saved.SetCookies.Single(c => c.StartsWith("rt=", StringComparison.Ordinal)));
        Assert.Equal("fr", principal.FindFirst(Platform.Messages.Accounts.AccountClaims.Culture)?.Value);
        var user = await factory.FindUserAsync("bea@example.org");
        Assert.Equal(("fr", Genders.Woman), (user!.PreferredLanguage, user.Gender));
    }
}
