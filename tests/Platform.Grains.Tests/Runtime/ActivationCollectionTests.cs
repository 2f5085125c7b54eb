using Platform.Grains.Runtime;
using Platform.Grains.Tests.Runtime.Counter;
using Platform.Grains.Tests.Storage;

namespace Platform.Grains.Tests.Runtime;

public sealed class ActivationCollectionTests
{
    private static readonly GrainRuntimeOptions Options = new() { CollectionAge = TimeSpan.FromMinutes(10) };

    [Fact]
    public async Task Collect_BeforeCollectionAge_KeepsTheActivation()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await using var silo = await TestSilo.StartAsync(temp.Database, options: Options);
        await silo.Factory.GetGrain<ICounterGrain>(Guid.NewGuid()).IncrementAsync(1);
        silo.Time.Advance(TimeSpan.FromMinutes(9));

        var collected = await silo.Runtime.CollectIdleActivationsAsync();

        Assert.Equal(0, collected);
        Assert.Equal(1, silo.Runtime.ActivationCount);
    }

    [Fact]
    public async Task Collect_AfterCollectionAge_DeactivatesAndNextCallReloadsStoredState()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await using var silo = await TestSilo.StartAsync(temp.Database, options: Options);
        var id = Guid.NewGuid();
        var counter = silo.Factory.GetGrain<ICounterGrain>(id);
        await counter.IncrementAsync(3);
        silo.Time.Advance(TimeSpan.FromMinutes(11));

        var collected = await silo.Runtime.CollectIdleActivationsAsync();

        Assert.Equal(1, collected);
        Assert.Equal(0, silo.Runtime.ActivationCount);
        Assert.Equal(4, await counter.IncrementAsync(1));
        Assert.Equal([id, id], silo.Activations.Activated);
    }

    [Fact]
    public async Task Collect_WhileACallIsRecent_KeepsOnlyTheBusyGrain()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await using var silo = await TestSilo.StartAsync(temp.Database, options: Options);
        var idle = silo.Factory.GetGrain<ICounterGrain>(Guid.NewGuid());
        var busy = silo.Factory.GetGrain<ICounterGrain>(Guid.NewGuid());
        await idle.IncrementAsync(1);
        silo.Time.Advance(TimeSpan.FromMinutes(8));
        await busy.IncrementAsync(1);
        silo.Time.Advance(TimeSpan.FromMinutes(3));

        var collected = await silo.Runtime.CollectIdleActivationsAsync();

        Assert.Equal(1, collected);
        Assert.Equal(1, silo.Runtime.ActivationCount);
    }

    [Fact]
    public async Task Collector_WhenClockPassesCollectionAge_DeactivatesTheIdleGrain()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await using var silo = await TestSilo.StartAsync(temp.Database, options: Options);
        var collector = Assert.Single(silo.HostedServices);
        await collector.StartAsync(CancellationToken.None);
        var id = Guid.NewGuid();
        await silo.Factory.GetGrain<ICounterGrain>(id).IncrementAsync(1);

        silo.Time.Advance(TimeSpan.FromMinutes(11));

        Assert.Equal(id, await silo.Activations.FirstDeactivation.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        await collector.StopAsync(CancellationToken.None);
    }
}
