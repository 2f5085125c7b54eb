using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Platform.Grains.ActionItems;
using Platform.Grains.Cluster;
using Platform.Grains.Commitments;
using Platform.Grains.Events;
using Platform.Grains.Hosting;
using Platform.Grains.MeetingRecords;
using Platform.Grains.Meetings;
using Platform.Grains.WorkingGroups;

namespace Platform.Grains.Tests.Hosting;

/// <summary>
/// One in-process Orleans silo running every grain over a test database, as the host runs them; on free loopback
/// ports, so test classes running in parallel each have their own. Alone (localhost clustering), or a member of the
/// cluster whose membership table is in the database when given <see cref="ClusteringOptions"/>.
/// </summary>
internal sealed class OrleansSilo : IAsyncDisposable
{
    private readonly IHost host;

    public OrleansSilo(Database database, TimeProvider time, Action<IServiceCollection>? register = null, ClusteringOptions? clustering = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        AddStores(builder.Services.AddLogging(), database, time);
        register?.Invoke(builder.Services);
        var options = clustering ?? new ClusteringOptions();
        (options.SiloPort, options.GatewayPort) = (TestPorts.Free(), TestPorts.Free());
        builder.UseOrleans(silo => silo.UsePlatformClustering(options).AddPlatformGrains());

        // Orleans takes its clock from the container, so a test's fake clock is the silo's too: with liveness on, a jump
        // of days would make membership declare this (only) silo dead. One silo has no peers to watch anyway.
        if (clustering is null)
        {
            builder.Services.Configure<ClusterMembershipOptions>(o => o.LivenessEnabled = false);
        }

        host = builder.Build();

        // Off the test's synchronisation context: the silo's start-up continuations must not queue behind this wait.
        Task.Run(() => host.StartAsync()).GetAwaiter().GetResult();
    }

    public IServiceProvider Services => host.Services;

    public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    public IEventBus Events => host.Services.GetRequiredService<IEventBus>();

    /// <summary>What every grain needs beside Orleans and <c>AddPlatformGrains</c>: the database, the clock, the stores.</summary>
    public static IServiceCollection AddStores(IServiceCollection services, Database database, TimeProvider time) => services
        .AddSingleton(database)
        .AddSingleton(time)
        .AddSingleton<WorkingGroupStore>()
        .AddSingleton<ActionItemStore>()
        .AddSingleton<CommitmentStore>()
        .AddSingleton<Platform.Grains.Incidents.IncidentStore>()
        .AddSingleton<Platform.Grains.Incidents.IncidentQueries>()
        .AddSingleton<Platform.Grains.Incidents.IncidentLinks>()
        .AddSingleton<Platform.Grains.Incidents.IncidentSettingsStore>()
        .AddSingleton(TestIncidentKeys.Vault(database))
        .AddSingleton<MeetingStore>()
        .AddSingleton<MeetingSeriesStore>()
        .AddSingleton<MeetingRecordStore>();

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        if (host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}
