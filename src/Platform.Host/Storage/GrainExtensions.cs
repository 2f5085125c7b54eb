using Platform.Grains.Cluster;
using Platform.Grains.Hosting;

namespace Platform.Host.Storage;

internal static class GrainExtensions
{
    /// <summary>
    /// Co-hosts one Orleans silo running every grain, with the event dispatcher, journal, its anchors and backup, and the pass that finishes series changes a stopped host left half-way. The
    /// "Orleans" section says how it finds the others (<see cref="ClusteringOptions"/>): alone by default, or through
    /// the membership table in our database. Needs <c>AddPlatformStorage</c>.
    /// </summary>
    public static WebApplicationBuilder AddPlatformGrains(this WebApplicationBuilder builder)
    {
        var clustering = builder.Configuration.GetSection(ClusteringOptions.Section).Get<ClusteringOptions>() ?? new ClusteringOptions();
        builder.UseOrleans(silo => silo.UsePlatformClustering(clustering).AddPlatformGrains());
        builder.Services.AddSingleton<DatabaseBackup>();
        builder.Services.AddHostedService<JournalAnchoring>();
        builder.Services.AddSingleton<Platform.Grains.Meetings.SeriesResumption>();
        builder.Services.AddSingleton<SeriesResumptionOnStart>();
        builder.Services.AddSingleton<IHostedService>(sp => new AfterStartup(sp.GetRequiredService<SeriesResumptionOnStart>(), sp.GetRequiredService<IHostApplicationLifetime>()));
        return builder;
    }
}
