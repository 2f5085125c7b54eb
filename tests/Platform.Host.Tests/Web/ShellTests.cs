namespace Platform.Host.Tests.Web;

/// <remarks>The pages are read on one shared host; only the headers of each environment need a host of their own.</remarks>
public sealed class ShellTests(SharedHost host) : IClassFixture<SharedHost>
{
    private static Dictionary<string, string> Culture(string culture, string? returnUrl = null)
    {
        var fields = new Dictionary<string, string> { ["culture"] = culture };
        if (returnUrl is not null)
        {
            fields["returnUrl"] = returnUrl;
        }

        return fields;
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task AnyPage_CarriesSecurityHeaders(string environment)
    {
        using var factory = new PlatformFactory(environment);
        using var browser = factory.Browser();

        using var response = await browser.Http.GetAsync(new Uri("/account/sign-in", UriKind.Relative));

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Theory]
    [InlineData(false, "/account/sign-in")]
    [InlineData(true, "/")]
    public async Task AnyPage_LoadsOnlyTheSitesOwnScriptsAndStyles_NoBlazorFramework(bool signedIn, string url)
    {
        using var browser = signedIn ? await host.SignedInBrowserAsync("ana@example.org") : host.Factory.Browser();

        var page = await browser.GetAsync(url);

        // Pages are static server-rendered: no blazor.web.js (or any _framework script) and no interactive component markers.
        var scripts = page.Document.QuerySelectorAll("script").Select(s => s.GetAttribute("src") ?? "(inline)").ToList();
        var styles = page.Document.QuerySelectorAll("link").Select(l => l.GetAttribute("href") ?? "(none)").ToList();
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(signedIn, page.Document.QuerySelector("form[action='/account/sign-out']") is not null);
        Assert.NotEmpty(scripts);
        Assert.All(scripts.Concat(styles), source => Assert.StartsWith("_content/Platform.Web/", source, StringComparison.Ordinal));
        Assert.DoesNotContain("<!--Blazor", page.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "/account/sign-in")]
    [InlineData(true, "/actions")]
    [InlineData(false, "/report")]
    public async Task AnyPage_HasAFaviconAndASkipLinkToItsOwnContent(bool signedIn, string url)
    {
        using var browser = signedIn ? await host.SignedInBrowserAsync("ana@example.org") : host.Factory.Browser();

        var page = await browser.GetAsync(url + "?x=1");
        var icon = page.Document.QuerySelector("link[rel=icon]")?.GetAttribute("href");
        using var served = await browser.Http.GetAsync(new Uri("/" + icon, UriKind.Relative));

        // With <base href="/"> a bare "#main" would take a keyboard user to the home page instead of past the menu.
        Assert.Equal(url + "?x=1#main", page.Document.QuerySelector("a.skip-link")?.GetAttribute("href"));
        // htmx reads data-hx-*, the form HTML allows; bare hx-* attributes are errors to a validator.
        Assert.DoesNotContain(page.Document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("hx-", StringComparison.Ordinal));
        Assert.NotNull(page.Document.QuerySelector("main#main"));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/svg+xml", served.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownRoute_AnsweredWithFriendly404InTheReadersLanguage()
    {
        using var browser = host.Factory.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no/such/page");
        request.Headers.AcceptLanguage.ParseAdd("fr-FR");

        var page = await FormClient.Page.ReadAsync(await browser.Http.SendAsync(request));

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page introuvable", page.Document.QuerySelector("h1")?.TextContent);
        Assert.Equal("fr", page.Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Health_WhenDatabaseAnswers_IsHealthy()
    {
        using var browser = host.Factory.Browser();

        var body = await browser.Http.GetStringAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal("Healthy", body);
    }

    [Fact]
    public async Task LanguageSwitcher_PostWithToken_SetsLanguageForLaterPages()
    {
        using var browser = host.Factory.Browser();

        var switched = await browser.SubmitAsync("/account/sign-in", "form.language-switcher", Culture("es"));
        var after = await browser.GetAsync("/account/sign-in");

        Assert.Equal(HttpStatusCode.Redirect, switched.Status);
        Assert.Equal("/account/sign-in", switched.Location);
        Assert.Equal("es", after.Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task LanguageSwitcher_PostWithoutToken_IsRejectedAndChangesNothing()
    {
        using var browser = host.Factory.Browser();
        await browser.GetAsync("/account/sign-in");

        var response = await browser.PostAsync("/culture", Culture("es"));
        var after = await browser.GetAsync("/account/sign-in");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.DoesNotContain(response.SetCookies, c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal));
        Assert.Equal("en", after.Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task LanguageSwitcher_ForeignReturnUrl_StaysOnThisSite()
    {
        using var browser = host.Factory.Browser();

        var response = await browser.SubmitAsync("/account/sign-in", "form.language-switcher", Culture("fr", "//evil.example/"));

        Assert.Equal("/", response.Location);
    }
}
