using Platform.Grains.Persistence;

namespace Platform.Grains.Tests.Hosting.Counter;

public sealed class CounterStore(Database database)
{
    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS test_counter (
            id TEXT NOT NULL,
            value INTEGER NOT NULL,
            version INTEGER NOT NULL,
            CONSTRAINT pk_test_counter PRIMARY KEY (id)
        )
        """;

    public static async Task CreateTableAsync(Database database)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(CreateTable);
    }

    private const string Select = """
        SELECT value AS Value,
               version AS Version
        FROM test_counter
        WHERE id = @id
        """;

    public async Task<CounterState> LoadAsync(Guid id)
    {
        await using var connection = await database.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<(long Value, long Version)?>(Select, new { id = id.ToString("D") });
        return row is { } found ? new CounterState(found.Value, found.Version) : new CounterState(0, 0);
    }

    private const string Upsert = """
        INSERT INTO test_counter (id, value, version)
        VALUES (@id, @value, @version + 1)
        ON CONFLICT (id) DO UPDATE
        SET value = excluded.value,
            version = excluded.version
        WHERE test_counter.version = @version
        """;

    public static StateWrite Save(Guid id, long value, long loadedVersion) =>
        new(Upsert, new { id = id.ToString("D"), value, version = loadedVersion });
}
