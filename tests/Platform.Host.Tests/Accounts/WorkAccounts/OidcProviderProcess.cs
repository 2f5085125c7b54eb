using System.Diagnostics;
using System.Text.Json;
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
