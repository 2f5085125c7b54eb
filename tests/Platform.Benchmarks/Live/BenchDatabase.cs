using Dapper;
using Npgsql;
using Platform.Grains.Storage;

namespace Platform.Benchmarks.Live;

/// <summary>
/// The live benchmark's database as its hosts used it: the SQLite file in the data folder, or, when the run is on
/// PostgreSQL (<c>LIVE_BENCH_CONNECTION</c>, set by run.sh), that database.
/// </summary>
internal static class BenchDatabase
{
    public static Database Open(string dataDirectory) =>
        Environment.GetEnvironmentVariable("LIVE_BENCH_CONNECTION") is { Length: > 0 } connection
            ? new Database(new StorageOptions { DataDirectory = dataDirectory, Provider = "postgresql", ConnectionString = connection }, dataDirectory)
            : new Database(new StorageOptions { DataDirectory = dataDirectory }, dataDirectory);

    /// <summary>
    /// <c>pg-database create|drop &lt;server connection string&gt; &lt;name&gt;</c>: makes an empty database on the server (printing
    /// its connection string) or drops it, closing what is still connected.
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not [_, "create" or "drop", var server, var name] || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            await Console.Error.WriteLineAsync("usage: pg-database create|drop <server-connection-string> <name of letters, digits, _>");
            return 2;
        }

        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        if (args[1] == "create")
        {
            await connection.ExecuteAsync($"CREATE DATABASE {name} TEMPLATE template0");
            Console.WriteLine(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
        }
        else
        {
            await connection.ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }

        return 0;
    }
}
