namespace Platform.Host.Tests.Live;

/// <summary>
/// Behind the nginx sample (TLS at the proxy, Kestrel on loopback) a browser's Origin is https://public-host: the hub
/// must judge it by the scheme and host the trusted proxy forwarded, and by nothing an untrusted client says.
/// </summary>
public sealed class ProxiedHubTests
{
    private const string Negotiate = "/hub/negotiate?negotiateVersion=1";
    private const string PublicHost = "roundtable.example.org";

    [Theory]
    [InlineData("https://roundtable.example.org", HttpStatusCode.OK)]
    [InlineData("http://localhost", HttpStatusCode.Forbidden)]
    [InlineData("http://roundtable.example.org", HttpStatusCode.Forbidden)]
    [InlineData("https://evil.example", HttpStatusCode.Forbidden)]
    public async Task Negotiate_ThroughTrustedProxyWithTls_AcceptsOnlyThePublicOrigin(string origin, HttpStatusCode expected)
    {
        using var factory = new PlatformFactory { ClientAddress = IPAddress.Loopback };
        using var browser = await factory.SignedInBrowserAsync("mia@example.org");

        using var response = await NegotiateAsync(browser, origin);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Negotiate_ForwardedHeadersFromUntrustedAddress_AreIgnored()
    {
        using var factory = new PlatformFactory { ClientAddress = IPAddress.Parse("198.51.100.9") };
        using var browser = await factory.SignedInBrowserAsync("mia@example.org");

        using var response = await NegotiateAsync(browser, $"https://{PublicHost}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Negotiate_WhenNoProxyIsTrusted_IgnoresForwardedHeadersEvenFromLoopback()
    {
        // With empty lists the framework would believe everyone; an empty setting must mean nobody.
        using var factory = new PlatformFactory
        {
            ClientAddress = IPAddress.Loopback,
            Settings = new Dictionary<string, string> { ["Network:TrustedProxies"] = "" },
        };
        using var browser = await factory.SignedInBrowserAsync("mia@example.org");

        using var response = await NegotiateAsync(browser, $"https://{PublicHost}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> NegotiateAsync(FormClient browser, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Negotiate);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", PublicHost);
        request.Headers.Add("X-Forwarded-For", "203.0.113.20");
        return await browser.Http.SendAsync(request);
    }
}
