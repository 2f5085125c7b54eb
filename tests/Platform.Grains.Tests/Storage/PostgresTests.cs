using Platform.Grains.Storage.Dialects;
using Platform.Grains.Tests.Journal;

namespace Platform.Grains.Tests.Storage;

/// <summary>What only PostgreSQL needs: several hosts writing at once. The rest of the suite runs on it with ROUNDTABLE_TEST_DATABASE=postgresql.</summary>
public sealed class PostgresTests
{
    private readonly JournalWriter writer = new(TimeProvider.System);

    [PostgresFact]
    public async Task Append_TwoHostsWritingAtOnce_OneGaplessChainThatVerifies()
    {
        using var temp = await TempDatabase.MigratedAsync(provider: "postgresql");
        var hosts = new[] { temp.Database, temp.SecondHost() };

        // Four writers, two per host, 25 appends each, all at once: without the journal lock two of them read the same
        // head, and one insert fails on the duplicate seq (or, without the key, the chain forks).
        var appended = await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            var seqs = new List<long>();
            for (var n = 0; n < 25; n++)
            {
                seqs.Add((await JournalTestData.AppendAsync(hosts[w % 2], writer, JournalTestData.Entry(null, (w * 100) + n))).Seq);
            }

            return seqs;
        })));

        Assert.Equal(Enumerable.Range(1, 100).Select(n => (long)n), appended.SelectMany(s => s).Order());
        Assert.Equal(JournalVerification.Intact(100), await new JournalVerifier(temp.Database).VerifyAsync());
    }

    [Theory]
    [InlineData("postgresql", null, "needs Storage:ConnectionString")]
    [InlineData("mysql", "Server=x", "use sqlite or postgresql")]
    public void Database_ProviderWithoutConnectionStringOrUnknown_RefusesNamingTheSetting(string provider, string? connectionString, string message)
    {
        var options = new StorageOptions { Provider = provider, ConnectionString = connectionString, DataDirectory = "data" };

        var error = Assert.Throws<ArgumentException>(() => new Database(options, Path.GetTempPath()));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_InAndNotInListParameters_BecomeAnyAndAllOfTheArray()
    {
        var sql = new PostgresDialect().Lists("SELECT id FROM t WHERE a IN @ids AND b NOT IN @gone AND c IN ('x', 'y')");

        Assert.Equal("SELECT id FROM t WHERE a = ANY(@ids) AND b <> ALL(@gone) AND c IN ('x', 'y')", sql);
    }

    [PostgresFact]
    public async Task Connections_ByDefault_PrepareAStatementSentAgainAndAnOperatorsSettingWins()
    {
        // Every store sends the same statements over and over; prepared on the connection they are parsed and planned once.
        using var temp = await TempDatabase.MigratedAsync(provider: "postgresql");
        Assert.True(await PreparedAfterThreeCallsAsync(temp.Database));

        var off = new StorageOptions { Provider = "postgresql", DataDirectory = temp.Folder, ConnectionString = temp.Options.ConnectionString + ";Max Auto Prepare=0" };
        Assert.False(await PreparedAfterThreeCallsAsync(new Database(off, temp.Folder)));
    }

    [PostgresFact]
    public async Task Connections_ByDefault_GoBackToThePoolWithoutTheResetAndAnOperatorsSettingWins()
    {
        // The reset was most of a write's statements; skipped, what one use sets is still there for the next.
        using var temp = await TempDatabase.MigratedAsync(provider: "postgresql");
        var oneConnection = temp.Options.ConnectionString + ";Maximum Pool Size=1";
        Assert.Equal("12345ms", await TimeoutSeenAfterReturnAsync(temp, oneConnection));
        Assert.Equal("0", await TimeoutSeenAfterReturnAsync(temp, oneConnection + ";No Reset On Close=false"));
    }

    [PostgresFact]
    public async Task Migrate_Finished_NoPooledConnectionKeepsTheMigrationLock()
    {
        // Pooled connections are not reset, so the migrator's session lock must be released by the migrator itself:
        // otherwise the next host to start would wait on it for ever.
        using var temp = await TempDatabase.MigratedAsync(provider: "postgresql");
        await using var connection = await temp.Database.OpenAsync();

        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("""
            SELECT COUNT(*) FROM pg_locks
            WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """));
    }

    private static async Task<string> TimeoutSeenAfterReturnAsync(TempDatabase temp, string connectionString)
    {
        var database = new Database(new StorageOptions { Provider = "postgresql", DataDirectory = temp.Folder, ConnectionString = connectionString }, temp.Folder);
        await using (var first = await database.OpenAsync())
        {
            await first.ExecuteAsync("SET statement_timeout = 12345");
        }

        await using var second = await database.OpenAsync();
        return await second.ExecuteScalarAsync<string>("SHOW statement_timeout") ?? "";
    }

    private static async Task<bool> PreparedAfterThreeCallsAsync(Database database)
    {
        await using var connection = await database.OpenAsync();
        for (var i = 0; i < 3; i++)
        {
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM journal_entry WHERE seq > @i", new { i });
        }

        return await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM pg_prepared_statements WHERE statement LIKE '%FROM journal_entry WHERE seq >%'") > 0;
    }

    [PostgresFact]
    public async Task WaitToWrite_OnPostgres_LetsEveryWriterInAtOnce()
    {
        using var temp = await TempDatabase.MigratedAsync(provider: "postgresql");
        using var first = await temp.Database.WaitToWriteAsync();

        var second = temp.Database.WaitToWriteAsync();

        Assert.True(second.IsCompletedSuccessfully);
    }
}
