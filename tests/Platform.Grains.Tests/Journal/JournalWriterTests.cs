using Microsoft.Data.Sqlite;

namespace Platform.Grains.Tests.Journal;

public sealed class JournalWriterTests
{
    private readonly JournalWriter writer = new(TimeProvider.System);

    [Fact]
    public async Task Append_Repeatedly_AssignsIncreasingSeqChainedToThePreviousHash()
    {
        using var temp = await TempDatabase.MigratedAsync();

        var first = await JournalTestData.AppendAsync(temp.Database, writer, JournalTestData.Entry(null, 1));
        var second = await JournalTestData.AppendAsync(temp.Database, writer, JournalTestData.Entry(null, 2));

        Assert.Equal(1, first.Seq);
        Assert.Equal(2, second.Seq);
        await using var connection = await temp.Database.OpenAsync();
        Assert.Equal(first.Hash, await connection.ExecuteScalarAsync<string>("SELECT prev_hash FROM journal_entry WHERE seq = 2"));
    }

    [Fact]
    public async Task Append_WhenCallerRollsBack_LeavesNoEntry()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await using var connection = await temp.Database.OpenAsync();

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await writer.AppendAsync(connection, transaction, JournalTestData.Entry(null, 1));
            await transaction.RollbackAsync();
        }

        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM journal_entry"));
    }

    [Theory]
    [InlineData("UPDATE journal_entry SET summary = 'changed' WHERE seq = 1")]
    [InlineData("DELETE FROM journal_entry WHERE seq = 1")]
    public async Task UpdateOrDelete_ThroughSql_IsRefused(string sql)
    {
        using var temp = await TempDatabase.MigratedAsync();
        await JournalTestData.AppendManyAsync(temp.Database, writer, null, 2);
        await using var connection = await temp.Database.OpenAsync();

        var error = await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync(sql));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM journal_entry"));
    }

    [Fact]
    public async Task ReadAfter_ReturnsOnlyThatGroupsLaterEntriesInOrder()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var group = Guid.NewGuid();
        await JournalTestData.AppendManyAsync(temp.Database, writer, group, 3);
        await JournalTestData.AppendAsync(temp.Database, writer, JournalTestData.Entry(Guid.NewGuid(), 4));
        await JournalTestData.AppendAsync(temp.Database, writer, JournalTestData.Entry(group, 5));

        var entries = await new JournalQueries(temp.Database).ReadAfterAsync(group, afterSeq: 1);

        Assert.Equal([2L, 3L, 5L], entries.Select(e => e.Seq));
        Assert.All(entries, e => Assert.Equal(group, e.WorkingGroupId));
        Assert.Equal("entry 5", entries[^1].Summary);
    }
}
