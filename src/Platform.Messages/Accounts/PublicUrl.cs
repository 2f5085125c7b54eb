using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;

namespace Platform.Messages.Accounts;

/// <summary>
/// Absolute links for e-mails and the console. Never built from the request's Host header: a forged
/// header would otherwise put an attacker's site into a real password-reset e-mail.
/// </summary>
public sealed class PublicUrl(IConfiguration configuration, IServer server)
{
    public const string Setting = "Accounts:PublicUrl";

    public string For(string pathAndQuery) => Base().TrimEnd('/') + pathAndQuery;

    private string Base()
    {
        if (configuration[Setting] is { Length: > 0 } configured)
        {
            return configured;
        }

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();
        if (address is null)
        {
            return "http://localhost";
        }

        // A wildcard listener ("http://+:80", "http://[::]:80") is not something a browser can open.
        foreach (var wildcard in new[] { "//+", "//*", "//0.0.0.0", "//[::]" })
        {
            address = address.Replace(wildcard, "//localhost", StringComparison.Ordinal);
        }

        return address;
    }
}
