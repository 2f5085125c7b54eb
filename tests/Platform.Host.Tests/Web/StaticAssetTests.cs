using System.Text.RegularExpressions;

namespace Platform.Host.Tests.Web;

/// <summary>
/// Issue 15: on a weak link a page must not revalidate ≈190 KB of styles and scripts each time. Pages link them under
/// fingerprinted names that a browser keeps for a year; a new release changes the name, so nobody runs stale code.
/// </summary>
public sealed partial class StaticAssetTests
{
    [Theory]
    [InlineData(false, "/account/sign-in")]
    [InlineData(true, "/actions")]
    public async Task AnyPage_LinksItsStylesAndScriptsByFingerprint_KeptForAYear(bool signedIn, string url)
    {
        using var factory = new PlatformFactory("Production");
        using var browser = signedIn ? await factory.SignedInBrowserAsync("ana@example.org") : factory.Browser();

        var page = await browser.GetAsync(url);
        var assets = page.Document.QuerySelectorAll("script[src], link[href]").Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!).ToList();

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.True(assets.Count >= 4, string.Join(", ", assets));
        foreach (var asset in assets)
        {
            Assert.Matches(Fingerprinted(), asset);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/" + asset, UriKind.Relative));
            request.Headers.AcceptEncoding.ParseAdd("gzip");
            using var response = await browser.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl is { MaxAge.TotalDays: >= 365, NoStore: false }, $"{asset}: {response.Headers.CacheControl}");
            Assert.Contains("immutable", response.Headers.CacheControl.Extensions.Select(e => e.Name));
        }
    }

    [Fact]
    public async Task StaticAsset_Anonymous_ServedWithoutSignIn()
    {
        using var factory = new PlatformFactory("Production");
        using var browser = factory.Browser();

        using var response = await browser.Http.GetAsync(new Uri("/_content/Platform.Web/css/site.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }

    [GeneratedRegex(@"^_content/Platform\.Web/.+\.[a-z0-9]{10}\.(css|js|svg)$")]
    private static partial Regex Fingerprinted();
}
