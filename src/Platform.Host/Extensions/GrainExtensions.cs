using Platform.Grains.Hosting;
using Platform.Grains.Storage;

namespace Platform.Host.Extensions;

internal static class GrainExtensions
{
    /// <summary>Orleans' default silo-to-silo port; <c>Orleans:SiloPort</c> overrides it.</summary>
    public const int DefaultSiloPort = 11111;

    /// <summary>Orleans' default client gateway port; <c>Orleans:GatewayPort</c> overrides it.</summary>
    public const int DefaultGatewayPort = 30000;

    /// <summary>
    /// Co-hosts one Orleans silo (localhost clustering, ports from the "Orleans" section) running every grain, with the
    /// event dispatcher, journal, its anchors and backup, and the pass that finishes series changes a stopped host left half-way. Needs <c>AddPlatformStorage</c>.
    /// </summary>
    public static WebApplicationBuilder AddPlatformGrains(this WebApplicationBuilder builder)
    {
        var siloPort = builder.Configuration.GetValue("Orleans:SiloPort", DefaultSiloPort);
        var gatewayPort = builder.Configuration.GetValue("Orleans:GatewayPort", DefaultGatewayPort);
        builder.UseOrleans(silo => silo.UseLocalhostClustering(siloPort, gatewayPort).AddPlatformGrains());
        builder.Services.AddSingleton<DatabaseBackup>();
        builder.Services.AddHostedService<JournalAnchoring>();
        builder.Services.AddSingleton<Platform.Grains.Meetings.SeriesResumption>();
        builder.Services.AddSingleton<SeriesResumptionOnStart>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SeriesResumptionOnStart>());
        return builder;
    }
}
