using System.Net;
using AngleSharp.Html.Parser;

namespace Platform.Host.Tests.Web;

public sealed class ShellTests
{
    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task AnyPage_CarriesSecurityHeaders(string environment)
    {
        using var factory = new PlatformFactory(environment);
        using var client = factory.CreateBrowserlikeClient();

        using var response = await client.GetAsync(new Uri("/not-found", UriKind.Relative));

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task UnknownRoute_AnsweredWithFriendly404InTheReadersLanguage()
    {
        using var factory = new PlatformFactory();
        using var client = factory.CreateBrowserlikeClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no/such/page");
        request.Headers.AcceptLanguage.ParseAdd("fr-FR");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Page introuvable", document.QuerySelector("h1")?.TextContent);
        Assert.Equal("fr", document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Health_WhenDatabaseAnswers_IsHealthy()
    {
        using var factory = new PlatformFactory();
        using var client = factory.CreateBrowserlikeClient();

        var body = await client.GetStringAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal("Healthy", body);
    }

    [Fact]
    public async Task LanguageSwitcher_PostWithToken_SetsLanguageForLaterPages()
    {
        using var factory = new PlatformFactory();
        using var client = factory.CreateBrowserlikeClient();
        var page = await FormPage.GetAsync(client, "/not-found");

        using var switched = await client.PostAsync(new Uri("/culture", UriKind.Relative), page.Fill("form.language-switcher", new Dictionary<string, string> { ["culture"] = "es" }));
        var after = await FormPage.GetAsync(client, "/");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/not-found", switched.Headers.Location?.OriginalString);
        Assert.Equal("Bienvenido a Roundtable", after.Document.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task LanguageSwitcher_PostWithoutToken_IsRejectedAndChangesNothing()
    {
        using var factory = new PlatformFactory();
        using var client = factory.CreateBrowserlikeClient();
        await FormPage.GetAsync(client, "/not-found");

        using var response = await client.PostAsync(new Uri("/culture", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "es" }));
        var after = await FormPage.GetAsync(client, "/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal)));
        Assert.Equal("Welcome to Roundtable", after.Document.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task LanguageSwitcher_ForeignReturnUrl_StaysOnThisSite()
    {
        using var factory = new PlatformFactory();
        using var client = factory.CreateBrowserlikeClient();
        var page = await FormPage.GetAsync(client, "/not-found");

        using var response = await client.PostAsync(new Uri("/culture", UriKind.Relative), page.Fill("form.language-switcher", new Dictionary<string, string> { ["culture"] = "fr", ["returnUrl"] = "//evil.example/" }));

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }
}
