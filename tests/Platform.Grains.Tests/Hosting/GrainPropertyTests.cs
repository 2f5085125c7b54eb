using Platform.Grains.Persistence;
using Platform.Grains.Tests.Hosting.Counter;

namespace Platform.Grains.Tests.Hosting;

/// <summary>What the stand-in runtime proved, proven again on Orleans with our persistence.</summary>
public sealed class GrainPropertyTests
{
    [Fact]
    public async Task Increment_200ConcurrentCallsOnOneGrain_LosesNone()
    {
        using var temp = await TempDatabase.MigratedAsync("NORMAL");
        await using var silo = await TestSilo.StartAsync(temp.Database);
        var id = Guid.NewGuid();
        var counter = silo.Factory.GetGrain<ICounterGrain>(id);

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => counter.IncrementAsync(1))));

        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), results.Order());
        Assert.Equal(200, await counter.GetAsync());
        Assert.Equal(200, (await new CounterStore(temp.Database).LoadAsync(id)).Value);
        Assert.Equal(200, (await silo.PublishedAsync()).Count);
        Assert.Equal(JournalVerification.Intact(200), await new JournalVerifier(temp.Database).VerifyAsync());
    }

    [Fact]
    public async Task Increment_OneCommandAfterAnother_AppliedInThatOrder()
    {
        // Orleans orders nothing between calls in flight at once (the 200-call test proves they still run one at a time
        // and none is lost); what a caller sends after the previous answer is applied after it.
        using var temp = await TempDatabase.MigratedAsync("NORMAL");
        await using var silo = await TestSilo.StartAsync(temp.Database);
        var counter = silo.Factory.GetGrain<ICounterGrain>(Guid.NewGuid());

        var results = new List<long>();
        foreach (var amount in new[] { 5, 1, 10, 2 })
        {
            results.Add(await counter.IncrementAsync(amount));
        }

        Assert.Equal([5L, 6L, 16L, 18L], results);
        Assert.Equal([5L, 6L, 16L, 18L], (await silo.PublishedAsync()).Select(e => e.Value));
    }

    [Fact]
    public async Task Increment_WhenPersistenceFails_ChangesNeitherMemoryNorDatabaseAndPublishesNothing()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await using var silo = await TestSilo.StartAsync(temp.Database);
        var id = Guid.NewGuid();
        var counter = silo.Factory.GetGrain<ICounterGrain>(id);
        await counter.IncrementAsync(5);
        await TestFaults.FailAsync(temp.Database, "test_fail_journal", "INSERT", "journal_entry", "disk says no");

        await Assert.ThrowsAnyAsync<DbException>(() => counter.IncrementAsync(100));

        Assert.Equal(5, await counter.GetAsync());
        Assert.Equal(5, (await new CounterStore(temp.Database).LoadAsync(id)).Value);
        Assert.Single(await silo.PublishedAsync());
        await TestFaults.ClearAsync(temp.Database, "test_fail_journal", "journal_entry");
        Assert.Equal(6, await counter.IncrementAsync(1));
    }

    [Fact]
    public async Task Increment_OnStaleVersion_IsRejectedAndTheNextCallSeesTheOtherHostsWrite()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await using var hostA = await TestSilo.StartAsync(temp.Database);
        await using var hostB = await TestSilo.StartAsync(temp.Database);
        var id = Guid.NewGuid();
        await hostA.Factory.GetGrain<ICounterGrain>(id).IncrementAsync(1);
        await hostB.Factory.GetGrain<ICounterGrain>(id).IncrementAsync(10);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => hostA.Factory.GetGrain<ICounterGrain>(id).IncrementAsync(100));

        Assert.Equal("counter", conflict.EntityKind);
        Assert.Equal(11, await hostA.Factory.GetGrain<ICounterGrain>(id).GetAsync());
        Assert.Equal(12, await hostA.Factory.GetGrain<ICounterGrain>(id).IncrementAsync(1));
        Assert.Equal(12, (await new CounterStore(temp.Database).LoadAsync(id)).Value);
        Assert.Equal(2, (await hostA.PublishedAsync()).Count);
    }

    [Fact]
    public async Task Increment_OnStaleVersionOfANewGrain_IsRejected()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await using var hostA = await TestSilo.StartAsync(temp.Database);
        await using var hostB = await TestSilo.StartAsync(temp.Database);
        var id = Guid.NewGuid();
        Assert.Equal(0, await hostA.Factory.GetGrain<ICounterGrain>(id).GetAsync());
        await hostB.Factory.GetGrain<ICounterGrain>(id).IncrementAsync(10);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => hostA.Factory.GetGrain<ICounterGrain>(id).IncrementAsync(1));

        Assert.Equal(11, await hostA.Factory.GetGrain<ICounterGrain>(id).IncrementAsync(1));
    }

    [Fact]
    public async Task Increment_AfterADirectWriteBumpedTheVersion_IsRejectedThenSucceedsOnRetryWithTheStoredState()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await using var silo = await TestSilo.StartAsync(temp.Database);
        var id = Guid.NewGuid();
        var counter = silo.Factory.GetGrain<ICounterGrain>(id);
        await counter.IncrementAsync(1);
        await ExecuteAsync(temp, $"UPDATE test_counter SET value = 40, version = version + 1 WHERE id = '{id:D}'");

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => counter.IncrementAsync(100));

        Assert.Equal(42, await counter.IncrementAsync(2));
        Assert.Equal(42, (await new CounterStore(temp.Database).LoadAsync(id)).Value);
        Assert.Equal([1, 42], (await silo.PublishedAsync()).Select(e => e.Value));
    }

    [Fact]
    public async Task Call_AfterTheGrainWasDeactivated_ReactivatesItWithItsStoredState()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await using var silo = await TestSilo.StartAsync(temp.Database);
        var id = Guid.NewGuid();
        var counter = silo.Factory.GetGrain<ICounterGrain>(id);
        await counter.IncrementAsync(7);

        await counter.DeactivateAsync();
        Assert.Equal(id, await silo.Activations.FirstDeactivation.Task.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(7, await counter.GetAsync());
        Assert.Equal(8, await counter.IncrementAsync(1));
        Assert.Equal([id, id], silo.Activations.Activated);
    }

    private static async Task ExecuteAsync(TempDatabase temp, string sql)
    {
        await using var connection = await temp.Database.OpenAsync();
        await connection.ExecuteAsync(sql);
    }
}
