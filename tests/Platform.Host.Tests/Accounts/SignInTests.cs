namespace Platform.Host.Tests.Accounts;

public sealed class SignInTests
{
    private static Dictionary<string, string> Credentials(string password) => new()
    {
        ["Input.Email"] = "bea@example.org",
        ["Input.Password"] = password,
    };

    [Fact]
    public async Task SignIn_WithCorrectPassword_SetsCookieAndRedirectsToLocalReturnUrl()
    {
        using var factory = new PlatformFactory();
        await factory.CreateUserAsync("bea@example.org");
        using var browser = factory.Browser();

        var page = await browser.SubmitAsync("/account/sign-in?returnUrl=%2Faccount%2Fprofile", Credentials(PlatformFactory.Password));

        Assert.Equal(HttpStatusCode.Found, page.Status);
        Assert.Equal("/account/profile", new Uri(new Uri("http://localhost"), page.Location).AbsolutePath);
        Assert.Contains(page.SetCookies, c => c.StartsWith("rt=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SignIn_OutsideDevelopment_UsesSecureHostPrefixedCookie()
    {
        using var factory = new PlatformFactory("Production");
        await factory.CreateUserAsync("bea@example.org");
        using var browser = factory.Browser();

        var page = await browser.SubmitAsync("/account/sign-in", Credentials(PlatformFactory.Password));

        var cookie = Assert.Single(page.SetCookies, c => c.StartsWith("__Host-rt=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_WithForeignReturnUrl_RedirectsHome()
    {
        using var factory = new PlatformFactory();
        await factory.CreateUserAsync("bea@example.org");
        using var browser = factory.Browser();

        var page = await browser.SubmitAsync("/account/sign-in?returnUrl=%2F%2Fevil.example", Credentials(PlatformFactory.Password));

        Assert.Equal("/", new Uri(new Uri("http://localhost"), page.Location).AbsolutePath);
        Assert.Equal("localhost", new Uri(new Uri("http://localhost"), page.Location).Host);
    }

    [Fact]
    public async Task SignIn_WrongPassword_KeepsTypedEmailAndClearsPassword()
    {
        using var factory = new PlatformFactory();
        await factory.CreateUserAsync("bea@example.org");
        using var browser = factory.Browser();

        var page = await browser.SubmitAsync("/account/sign-in", Credentials("wrong password"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector("main [role=alert]"));
        Assert.Equal("bea@example.org", page.Document.QuerySelector("#email")!.GetAttribute("value"));
        Assert.Null(page.Document.QuerySelector("#password")!.GetAttribute("value"));
    }

    [Fact]
    public async Task SignIn_AfterFiveFailures_LocksOutEvenTheCorrectPassword()
    {
        using var factory = new PlatformFactory();
        await factory.CreateUserAsync("bea@example.org");
        using var browser = factory.Browser();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await browser.SubmitAsync("/account/sign-in", Credentials("wrong password"));
        }

        var page = await browser.SubmitAsync("/account/sign-in", Credentials(PlatformFactory.Password));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain(page.SetCookies, c => c.StartsWith("rt=", StringComparison.Ordinal));
        var user = await factory.FindUserAsync("bea@example.org");
        Assert.True(user!.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(14));
    }

    [Fact]
    public async Task SignIn_PostWithoutAntiforgeryToken_IsRejected()
    {
        using var factory = new PlatformFactory();
        await factory.CreateUserAsync("bea@example.org");
        using var browser = factory.Browser();
        var values = Credentials(PlatformFactory.Password);
        values["_handler"] = "sign-in";

        var page = await browser.PostAsync("/account/sign-in", values);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.DoesNotContain(page.SetCookies, c => c.StartsWith("rt=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignOut_Post_ClearsCookie()
    {
        using var factory = new PlatformFactory();
        await factory.CreateUserAsync("bea@example.org");
        using var browser = factory.Browser();
        await browser.SubmitAsync("/account/sign-in", Credentials(PlatformFactory.Password));

        var page = await browser.SubmitAsync("/account/sign-out", new Dictionary<string, string>());
        var profile = await browser.GetAsync("/account/profile");

        Assert.Equal(HttpStatusCode.Found, page.Status);
        Assert.Contains(page.SetCookies, c => c.StartsWith("rt=;", StringComparison.Ordinal));
        Assert.Contains("/account/sign-in", profile.Location, StringComparison.Ordinal);
    }
}
