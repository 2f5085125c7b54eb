using Dapper;
using Platform.Grains.Persistence;
using Platform.Grains.Storage;

namespace Platform.Benchmarks.Grains;

internal sealed class BenchCounterStore(Database database)
{
    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS bench_counter (
            id TEXT NOT NULL,
            value INTEGER NOT NULL,
            version INTEGER NOT NULL,
            CONSTRAINT pk_bench_counter PRIMARY KEY (id)
        )
        """;

    public async Task CreateTableAsync()
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(CreateTable);
    }

    private const string Upsert = """
        INSERT INTO bench_counter (id, value, version)
        VALUES (@id, @value, @version + 1)
        ON CONFLICT (id) DO UPDATE
        SET value = excluded.value,
            version = excluded.version
        WHERE bench_counter.version = @version
        """;

    public static StateWrite Save(Guid id, long value, long loadedVersion) =>
        new(Upsert, new { id = id.ToString("D"), value, version = loadedVersion });
}
