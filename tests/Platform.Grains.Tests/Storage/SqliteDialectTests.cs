namespace Platform.Grains.Tests.Storage;

/// <summary>Connection settings are applied once per pooled native connection; every open still sees them.</summary>
public sealed class SqliteDialectTests
{
    [Fact]
    public async Task Open_PooledConnectionOpenedAgain_StillHasEverySetting()
    {
        using var temp = new TempDatabase(provider: "sqlite");
        await (await temp.Database.OpenAsync()).DisposeAsync();

        await using var again = await temp.Database.OpenAsync();

        Assert.Equal("wal", await again.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(1, await again.ExecuteScalarAsync<int>("PRAGMA foreign_keys"));
        Assert.Equal(5000, await again.ExecuteScalarAsync<int>("PRAGMA busy_timeout"));
        Assert.Equal(2, await again.ExecuteScalarAsync<int>("PRAGMA synchronous"));
    }

    [Fact]
    public async Task Open_TwoDatabasesOnOneFileWithOtherSynchronousModes_EachOpenGetsItsOwnMode()
    {
        using var temp = new TempDatabase(provider: "sqlite");
        var normal = new Database(new StorageOptions { DataDirectory = temp.Folder, Synchronous = "NORMAL" }, temp.Folder);
        await (await temp.Database.OpenAsync()).DisposeAsync();

        int viaNormal;
        await using (var connection = await normal.OpenAsync())
        {
            viaNormal = await connection.ExecuteScalarAsync<int>("PRAGMA synchronous");
        }

        await using var viaFull = await temp.Database.OpenAsync();

        Assert.Equal(1, viaNormal);
        Assert.Equal(2, await viaFull.ExecuteScalarAsync<int>("PRAGMA synchronous"));
    }
}
