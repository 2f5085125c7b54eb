using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Platform.Host.Pipeline;

/// <summary>
/// <c>Network:TrustedProxies</c>: the addresses (<c>10.0.0.2</c>) or ranges (<c>10.0.0.0/24</c>) of the reverse proxies
/// whose X-Forwarded-For, -Proto and -Host headers are believed; loopback by default, for the nginx sample on the same
/// machine. From anyone else the headers are ignored, so a client cannot choose the address its rate limit counts.
/// An empty value trusts nobody (the framework would trust everybody if given no list, so the headers are switched off).
/// </summary>
internal static class TrustedProxies
{
    public const string Setting = "Network:TrustedProxies";

    private static readonly string[] Loopback = ["127.0.0.1", "::1"];

    public static WebApplicationBuilder AddTrustedProxies(this WebApplicationBuilder builder)
    {
        // Parsed here, not in the options callback, so a typo stops the host at start-up rather than at the first request.
        var entries = Read(builder.Configuration.GetSection(Setting));
        var proxies = entries.Where(e => !e.Contains('/', StringComparison.Ordinal)).Select(e => IPAddress.TryParse(e, out var a) ? a : throw Invalid(e)).ToList();
        var networks = entries.Where(e => e.Contains('/', StringComparison.Ordinal)).Select(e => System.Net.IPNetwork.TryParse(e, out var n) ? n : throw Invalid(e)).ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);

            // One hop: the entry the nearest trusted proxy appended, never what the client wrote before it.
            options.ForwardLimit = 1;
            options.ForwardedHeaders = entries.Count == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        });
        return builder;
    }

    /// <summary>A list in JSON (<c>["10.0.0.2"]</c>, <c>Network__TrustedProxies__0</c>) or one comma-separated value (<c>--Network:TrustedProxies=10.0.0.2,::1</c>).</summary>
    private static List<string> Read(IConfigurationSection section)
    {
        if (!section.Exists())
        {
            return [.. Loopback];
        }

        var values = section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value ?? "");
        return [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
    }

    private static InvalidOperationException Invalid(string entry) =>
        new($"{Setting}: '{entry}' is neither an IP address nor a CIDR range such as 10.0.0.0/24.");
}
