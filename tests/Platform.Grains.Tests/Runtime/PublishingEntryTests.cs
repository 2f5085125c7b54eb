using Dapper;
using Platform.Grains.Journal;
using Platform.Grains.Runtime;
using Platform.Grains.Tests.Runtime.Counter;
using Platform.Grains.Tests.Storage;

namespace Platform.Grains.Tests.Runtime;

public sealed class PublishingEntryTests
{
    private const string SelectEntries = "SELECT seq AS Seq, entity_kind AS Kind, entity_key AS KeyText, hash AS Hash FROM journal_entry ORDER BY seq";

    [Fact]
    public async Task CommitAndPublish_WhileListenersRun_ExposesTheCommittedEntry()
    {
        using var temp = await TempDatabase.MigratedAsync("NORMAL");
        await using var silo = await TestSilo.StartAsync(temp.Database);
        var id = Guid.NewGuid();
        var seen = new List<(long EventSeq, JournalEntry? Entry)>();
        using var listener = silo.Events.Subscribe<CounterIncremented>((e, _) =>
        {
            seen.Add((e.Seq, PublishingEntry.Current));
            return Task.CompletedTask;
        });

        await silo.Factory.GetGrain<ICounterGrain>(id).IncrementAsync(2);
        await silo.Factory.GetGrain<ICounterGrain>(id).IncrementAsync(3);

        await using var connection = await temp.Database.OpenAsync();
        var stored = (await connection.QueryAsync<(long Seq, string Kind, string KeyText, string Hash)>(SelectEntries)).ToList();
        Assert.Equal(2, seen.Count);
        Assert.All(seen, s => Assert.Equal(s.EventSeq, s.Entry?.Seq));
        Assert.Equal(stored, seen.Select(s => (s.Entry!.Seq, s.Entry.EntityKind, s.Entry.EntityKey, s.Entry.Hash)));
        Assert.Null(PublishingEntry.Current);
    }
}
