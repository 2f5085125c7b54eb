using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Platform.Grains.Cluster;

/// <summary>How the host's silo finds the others. Bound from the "Orleans" configuration section; the defaults are one host.</summary>
public sealed class ClusteringOptions
{
    public const string Section = "Orleans";

    /// <summary>
    /// <c>localhost</c> (one host, no membership table) or <c>database</c> (hosts sharing the database form one cluster).
    /// Not "Clustering": Orleans reads <c>Orleans:Clustering</c> itself, as the name of a clustering provider package.
    /// </summary>
    public string Membership { get; set; } = "localhost";

    /// <summary>Hosts with the same id in the same database form one cluster.</summary>
    public string ClusterId { get; set; } = "roundtable";

    /// <summary>The address other hosts reach this one's silo at (and where it listens). Loopback for hosts on one machine.</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>Silo-to-silo port; each host on one machine needs its own.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Client gateway port; each host on one machine needs its own.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// Liveness probes in a cluster: a host that misses <see cref="MissedProbesLimit"/> probes of <see cref="ProbeTimeout"/>
    /// each is declared dead and its grains start elsewhere (Orleans' defaults, 5 s × 3, took 12.6 s after a kill -9).
    /// </summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <inheritdoc cref="ProbeTimeout"/>
    public int MissedProbesLimit { get; set; } = 2;
}

/// <summary>Applies <see cref="ClusteringOptions"/> to a silo.</summary>
public static class ClusteringSiloBuilderExtensions
{
    /// <summary>Localhost clustering (one host), or the membership table in our database (<see cref="ClusterMembershipTable"/>).</summary>
    public static ISiloBuilder UsePlatformClustering(this ISiloBuilder silo, ClusteringOptions options)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(options);
        switch (options.Membership.ToUpperInvariant())
        {
            case "LOCALHOST":
                return silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort);
            case "DATABASE":
                if (!IPAddress.TryParse(options.AdvertisedAddress, out var address))
                {
                    throw new InvalidOperationException($"Orleans:AdvertisedAddress '{options.AdvertisedAddress}' is not an IP address.");
                }

                silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (options.ClusterId, "roundtable"));
                silo.ConfigureEndpoints(address, options.SiloPort, options.GatewayPort);
                silo.Configure<ClusterMembershipOptions>(o => (o.ProbeTimeout, o.NumMissedProbesLimit) = (options.ProbeTimeout, options.MissedProbesLimit));
                silo.Services.AddSingleton<IMembershipTable, ClusterMembershipTable>();
                return silo;
            default:
                throw new InvalidOperationException($"Orleans:Membership is '{options.Membership}'; use 'localhost' (one host) or 'database' (a cluster).");
        }
    }
}
