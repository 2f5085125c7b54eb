using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.TestingHost;
using Platform.Grains.ActionItems;
using Platform.Grains.Hosting;
using Platform.Grains.Tests.ActionItems;

namespace Platform.Grains.Tests.Hosting;

/// <summary>
/// Two silos of one cluster (Orleans' TestingHost) on one database file, as two hosts would be: calls through either
/// reach the one activation of a grain, across the wire when it lives on the other silo, and the grain outlives its silo.
/// </summary>
public sealed class TwoSiloTests
{
    [Fact]
    public async Task AddProgress_ThroughEitherSilo_KeepsOrderLosesNothingAndOutlivesTheSiloItRanOn()
    {
        await using var setup = await SharedDatabaseCluster.StartAsync<SharedDatabaseCluster.NothingMore>();
        var (cluster, item, ana, temp) = setup;
        var silos = cluster.Silos.Cast<InProcessSiloHandle>().ToList();
        IActionItemGrain Through(int silo) => silos[silo].SiloHost.Services.GetRequiredService<IGrainFactory>().GetGrain<IActionItemGrain>(item);

        // One after another, alternating silos: half of these calls cross from one silo to the other.
        for (var i = 0; i < 10; i++)
        {
            await Through(i % 2).AddProgressAsync(new AddActionItemProgress($"paso {i}", null, null, ana));
        }

        // At once, through both.
        await Task.WhenAll(Enumerable.Range(10, 20).Select(i => Through(i % 2).AddProgressAsync(new AddActionItemProgress($"paso {i}", null, null, ana))));

        var stored = await TextsAsync(temp.Database, item);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"paso {i}"), stored.Take(10));
        Assert.Equal(Enumerable.Range(0, 30).Select(i => $"paso {i}").Order(), stored.Order());
        Assert.Equal(31, (await Through(1).GetAsync())!.Version);

        // Stop the silo the grain runs on; the other answers with the stored state and goes on.
        var host = await HostOfAsync(Through(0), silos[0]);
        var survivor = silos.FindIndex(s => s.SiloAddress != host);
        await cluster.StopSiloAsync(silos.Single(s => s.SiloAddress == host));

        var after = await Through(survivor).GetAsync();
        Assert.Equal((31L, ActionItemStatus.Open), (after!.Version, after.Status));
        await Through(survivor).AddProgressAsync(new AddActionItemProgress("después", ActionItemStatus.InProgress, null, ana));
        Assert.Equal("después", (await TextsAsync(temp.Database, item))[^1]);
        Assert.Equal((32L, ActionItemStatus.InProgress), ((await Through(survivor).GetAsync())!.Version, (await Through(survivor).GetAsync())!.Status));
    }

    private static async Task<SiloAddress> HostOfAsync(IActionItemGrain grain, InProcessSiloHandle silo)
    {
        await grain.GetAsync();
        var management = silo.SiloHost.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        var activations = await management.GetDetailedGrainStatistics();
        return Assert.Single(activations, a => a.GrainId == grain.GetGrainId()).SiloAddress;
    }

    private static async Task<List<string>> TextsAsync(Database database, Guid item)
    {
        await using var connection = await database.OpenAsync();

        // The grain commits one update after another, each stamped by the system clock as it is made.
        return [.. await connection.QueryAsync<string>(
            "SELECT text FROM action_item_update WHERE action_item_id = @id ORDER BY created_at", new { id = item.ToString("D") })];
    }
}
