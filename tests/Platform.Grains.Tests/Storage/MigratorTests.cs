namespace Platform.Grains.Tests.Storage;

public sealed class MigratorTests
{
    [Fact]
    public async Task Migrate_OnEmptyDatabase_AppliesEveryMigrationOnceInOrder()
    {
        using var temp = new TempDatabase();
        var migrations = new[] { new Migration(1, "one", "CREATE TABLE a (id INTEGER)"), new Migration(2, "two", "CREATE TABLE b (id INTEGER)") };

        var first = await new Migrator(temp.Database, migrations).MigrateAsync();
        var second = await new Migrator(temp.Database, migrations).MigrateAsync();

        Assert.Equal([1, 2], first);
        Assert.Empty(second);
    }

    [Fact]
    public async Task Migrate_TwoHostsStartingTogetherOnAnEmptyDatabase_BothStartAndEachMigrationIsAppliedOnce()
    {
        // What hosts do when they start together (local-cluster.sh up with an empty database, every host after an
        // upgrade, or two on one SQLite file): without a lock both read "nothing applied" and the slower one fails on a
        // table, trigger or row the other just made, and exits.
        using var temp = new TempDatabase();
        var hosts = new[] { temp.Database, temp.SecondHost(), temp.SecondHost(), temp.SecondHost() };

        var applied = await Task.WhenAll(hosts.Select(h => Task.Run(() => new Migrator(h).MigrateAsync())));

        var all = Migration.Embedded(temp.Database.Dialect.Name).Select(m => m.Number).ToList();
        Assert.Equal(all, applied.SelectMany(a => a).Order());
        await using var connection = await temp.Database.OpenAsync();
        Assert.Equal(all, await connection.QueryAsync<int>("SELECT number FROM schema_migration ORDER BY number"));
    }

    [Fact]
    public async Task Migrate_WhenOneFails_KeepsEarlierOnesAndLeavesNoPartOfTheFailedOne()
    {
        using var temp = new TempDatabase();
        var migrations = new[]
        {
            new Migration(1, "one", "CREATE TABLE a (id INTEGER)"),
            new Migration(2, "broken", "CREATE TABLE b (id INTEGER); INSERT INTO nowhere VALUES (1)"),
        };

        await Assert.ThrowsAnyAsync<DbException>(() => new Migrator(temp.Database, migrations).MigrateAsync());

        await using var connection = await temp.Database.OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM a"));
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM b"));
        Assert.Equal([1], await connection.QueryAsync<int>("SELECT number FROM schema_migration"));
    }

    [Fact]
    public async Task Migrate_WhenDatabaseIsNewerThanCode_RefusesWithClearMessage()
    {
        using var temp = new TempDatabase();
        await new Migrator(temp.Database, [new Migration(1, "one", "SELECT 1"), new Migration(2, "two", "SELECT 1")]).MigrateAsync();

        var error = await Assert.ThrowsAsync<SchemaTooNewException>(() => new Migrator(temp.Database, [new Migration(1, "one", "SELECT 1")]).MigrateAsync());

        Assert.Equal(2, error.DatabaseVersion);
        Assert.Contains("newer release", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_AppliesWalForeignKeysAndSynchronousFull()
    {
        using var temp = new TempDatabase(provider: "sqlite");

        await using var connection = await temp.Database.OpenAsync();

        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("PRAGMA foreign_keys"));
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("PRAGMA synchronous"));
    }
}
