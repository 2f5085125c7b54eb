using Platform.Grains.Journal;
using Platform.Grains.Runtime;
using Platform.Grains.Tests.Runtime.Counter;
using Platform.Grains.Tests.Storage;

namespace Platform.Grains.Tests.Runtime;

public sealed class GrainRuntimeTests
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
        Assert.Equal(200, silo.Published.Count);
        Assert.Equal(JournalVerification.Intact(200), await new JournalVerifier(temp.Database).VerifyAsync());
    }

    [Fact]
    public async Task Increment_CallsQueuedInOrder_RunInThatOrder()
    {
        using var temp = await TempDatabase.MigratedAsync("NORMAL");
        await using var silo = await TestSilo.StartAsync(temp.Database);
        var counter = silo.Factory.GetGrain<ICounterGrain>(Guid.NewGuid());

        var calls = Enumerable.Range(0, 20).Select(_ => counter.IncrementAsync(1)).ToList();
        var results = await Task.WhenAll(calls);

        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), results);
    }

    [Fact]
    public async Task Increment_WhenPersistenceFails_ChangesNeitherMemoryNorDatabaseAndPublishesNothing()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await using var silo = await TestSilo.StartAsync(temp.Database);
        var id = Guid.NewGuid();
        var counter = silo.Factory.GetGrain<ICounterGrain>(id);
        await counter.IncrementAsync(5);
        await ExecuteAsync(temp, "CREATE TRIGGER test_fail_journal BEFORE INSERT ON journal_entry BEGIN SELECT RAISE(ABORT, 'disk says no'); END");

        await Assert.ThrowsAnyAsync<DbException>(() => counter.IncrementAsync(100));

        Assert.Equal(5, await counter.GetAsync());
        Assert.Equal(5, (await new CounterStore(temp.Database).LoadAsync(id)).Value);
        Assert.Single(silo.Published);
        await ExecuteAsync(temp, "DROP TRIGGER test_fail_journal");
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
        Assert.Equal(2, hostA.Published.Count);
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

    private static async Task ExecuteAsync(TempDatabase temp, string sql)
    {
        await using var connection = await temp.Database.OpenAsync();
        await connection.ExecuteAsync(sql);
    }
}
