using System.Diagnostics;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Platform.Grains.Tests;

namespace Platform.Host.Tests.Accounts.WorkAccounts;

/// <summary>
/// tests/oidc-provider in node: panva's oidc-provider, a certified OpenID Connect provider we did not write, on a free
/// loopback port, standing in for Microsoft Entra ID. Its development login page takes any login and password; the login
/// is the account ("ana@example.org" with a verified address, "unverified:ana@example.org" without).
/// </summary>
public sealed class OidcProviderProcess : IAsyncDisposable
{
    public const string ClientId = "roundtable";

    private readonly Process process;
    private readonly Task drainErrors;

    private OidcProviderProcess(Process process, int port, string secret)
    {
        this.process = process;
        Authority = new Uri($"http://127.0.0.1:{port}");
        Secret = secret;
        // Its warnings (development keys, Node version) are expected; read them so the pipe never fills.
        drainErrors = process.StandardError.ReadToEndAsync();
    }

    public Uri Authority { get; }

    public string Secret { get; }

    /// <summary>Starts the provider for a client whose OpenID Connect callback is <paramref name="redirectUri"/>.</summary>
    public static async Task<OidcProviderProcess> StartAsync(Uri redirectUri)
    {
        var folder = await NodePackage.ReadyAsync("oidc-provider");
        var secret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
        var process = Process.Start(NodePackage.Start(NodePackage.Node, folder, ["provider.mjs", secret, redirectUri.ToString()]))
            ?? throw new InvalidOperationException("Could not start the OpenID provider.");
        var first = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30))
            ?? throw new InvalidOperationException($"The OpenID provider stopped: {await process.StandardError.ReadToEndAsync()}");
        using var json = JsonDocument.Parse(first);
        return new OidcProviderProcess(process, json.RootElement.GetProperty("port").GetInt32(), secret);
    }

    /// <summary>The settings that make the platform offer work accounts through this provider.</summary>
    public IReadOnlyDictionary<string, string> Settings() => new Dictionary<string, string>
    {
        ["WorkAccounts:Instance"] = Authority + "/",
        ["WorkAccounts:TenantId"] = "roundtable-tests",
        ["WorkAccounts:ClientId"] = ClientId,
        ["WorkAccounts:ClientSecret"] = Secret,
        ["WorkAccounts:Authority"] = Authority.ToString().TrimEnd('/'),
    };

    /// <summary>
    /// Plays a person at the provider, from the authorisation request <paramref name="authorize"/> on: signs in as
    /// <paramref name="login"/>, consents, and answers the address the provider sends the browser back to.
    /// </summary>
    public async Task<Uri> SignInAsync(Uri authorize, string login)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler);
        var parser = new HtmlParser();
        var next = authorize;
        for (var step = 0; step < 12; step++)
        {
            if (next.Authority != Authority.Authority)
            {
                return next;
            }

            using var response = await client.GetAsync(next);
            if ((int)response.StatusCode is >= 300 and < 400)
            {
                next = new Uri(next, response.Headers.Location!);
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"The provider answered {(int)response.StatusCode}: {html}");
            var form = parser.ParseDocument(html).QuerySelector("form[method=post]") ?? throw new InvalidOperationException($"No form at the provider: {html}");
            var fields = form.QuerySelectorAll("input[name]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
            if (fields.ContainsKey("login"))
            {
                fields["login"] = login;
                fields["password"] = "any password";
            }

            using var posted = await client.PostAsync(new Uri(next, form.GetAttribute("action")), new FormUrlEncodedContent(fields));
            Assert.True((int)posted.StatusCode is >= 300 and < 400, $"The provider answered {(int)posted.StatusCode} to its own form.");
            next = new Uri(next, posted.Headers.Location!);
        }

        throw new InvalidOperationException("The provider never sent the browser back.");
    }

    public async ValueTask DisposeAsync()
    {
        process.StandardInput.Close();
        if (!process.WaitForExit(5_000))
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        await drainErrors;
        process.Dispose();
    }
}
