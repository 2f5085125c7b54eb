using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime;
using Platform.Grains.Cluster;
using Platform.Grains.Tests.Hosting;
using Platform.Grains.Tests.Hosting.Counter;
using Xunit.Abstractions;

namespace Platform.Grains.Tests.Cluster;

/// <summary>
/// Two silos as two hosts would run them with <c>Orleans:Membership=database</c>: nothing shared but one SQLite file,
/// they find each other through its membership table, a grain runs once in the cluster, and when the silo it ran on
/// leaves, the other serves it from the stored state. (A kill -9 of a host process: <c>infra/local-cluster.sh</c>.)
/// </summary>
public sealed class DatabaseClusterTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Cluster_TwoSilosOnOneDatabase_FindEachOtherRunAGrainOnceAndTheSurvivorServesIt()
    {
        using var temp = await TempDatabase.MigratedAsync("NORMAL");
        await CounterStore.CreateTableAsync(temp.Database);
        OrleansSilo? first = Node(temp);
        await using var second = Node(temp);
        try
        {
            await ActiveSilosAsync(second, 2);
            await ActiveSilosAsync(first, 2);

            // A counter living on the first silo, reached through both: one activation in the whole cluster.
            var counter = await OnSiloAsync(first);
            Assert.Equal(1, await first.Grains.GetGrain<ICounterGrain>(counter).IncrementAsync(1));
            Assert.Equal(3, await second.Grains.GetGrain<ICounterGrain>(counter).IncrementAsync(2));
            Assert.Equal([counter], Activations(first).Concat(Activations(second)).Where(id => id == counter));

            var watch = Stopwatch.StartNew();
            await first.DisposeAsync();
            first = null;
            var stopped = watch.Elapsed;
            await ActiveSilosAsync(second, 1);
            var value = await second.Grains.GetGrain<ICounterGrain>(counter).GetAsync();
            output.WriteLine($"First silo stopped in {stopped.TotalMilliseconds:F0} ms; its grain answered on the survivor {(watch.Elapsed - stopped).TotalMilliseconds:F0} ms later.");

            Assert.Equal(3, value);
            Assert.Contains(counter, Activations(second));
            Assert.Equal(4, await second.Grains.GetGrain<ICounterGrain>(counter).IncrementAsync(1));
            var rows = await new ClusterMembershipTable(temp.Database, Options.Create(new ClusterOptions { ClusterId = ClusterId })).ReadAll();
            Assert.Equal([SiloStatus.Active, SiloStatus.Dead], rows.Members.Select(m => m.Item1.Status).Order());
        }
        finally
        {
            if (first is not null)
            {
                await first.DisposeAsync();
            }
        }
    }

    private const string ClusterId = "test";

    /// <summary>A silo as a host would run it: its own connections to the shared database, its own membership table.</summary>
    private static OrleansSilo Node(TempDatabase temp)
    {
        return new OrleansSilo(
            temp.SecondHost(),
            TimeProvider.System,
            services => services
                .AddSingleton<ActivationLog>()
                .AddSingleton<CounterStore>(),
            new ClusteringOptions { Membership = "database", ClusterId = ClusterId });
    }

    private static Guid[] Activations(OrleansSilo silo) => silo.Services.GetRequiredService<ActivationLog>().Activated.ToArray();

    /// <summary>Waits until <paramref name="silo"/> sees exactly <paramref name="count"/> active silos (itself included).</summary>
    private static async Task ActiveSilosAsync(OrleansSilo silo, int count)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var membership = silo.Services.GetRequiredService<IClusterMembershipService>();
        await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(cancel.Token))
        {
            if (snapshot.Members.Values.Count(m => m.Status == SiloStatus.Active) == count)
            {
                return;
            }
        }
    }

    /// <summary>A counter whose one activation lives on <paramref name="silo"/> (placement is random: try a few).</summary>
    private static async Task<Guid> OnSiloAsync(OrleansSilo silo)
    {
        var here = silo.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;
        var management = silo.Grains.GetGrain<IManagementGrain>(0);
        for (var attempt = 0; attempt < 32; attempt++)
        {
            var id = Guid.NewGuid();
            var counter = silo.Grains.GetGrain<ICounterGrain>(id);
            await counter.GetAsync();
            var statistics = await management.GetDetailedGrainStatistics();
            if (statistics.Any(s => s.GrainId == counter.GetGrainId() && s.SiloAddress == here))
            {
                return id;
            }
        }

        throw new InvalidOperationException("No counter was placed on the silo in 32 tries.");
    }
}
