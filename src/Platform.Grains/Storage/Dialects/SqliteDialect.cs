using Microsoft.Data.Sqlite;

namespace Platform.Grains.Storage.Dialects;

/// <summary>
/// SQLite: WAL so readers never block the writer, foreign keys on, a busy timeout so
/// concurrent writers wait instead of failing, and synchronous FULL by default.
/// </summary>
public sealed class SqliteDialect(string synchronous = "FULL") : ISqlDialect
{
    private readonly string synchronous = synchronous.ToUpperInvariant() switch
    {
        "FULL" => "FULL",
        "NORMAL" => "NORMAL",
        var other => throw new ArgumentException($"Unsupported synchronous mode '{other}'; use FULL or NORMAL.", nameof(synchronous)),
    };

    public string Name => "sqlite";

    public DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    public Task ConfigureAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            $"PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = {synchronous};",
            cancellationToken: cancellationToken));

    public Task BackupAsync(DbConnection connection, string destinationPath, CancellationToken cancellationToken)
    {
        // VACUUM INTO reads one snapshot inside a single read transaction, so writers carry on and the copy is consistent.
        return connection.ExecuteAsync(new CommandDefinition("VACUUM INTO @path", new { path = destinationPath }, cancellationToken: cancellationToken));
    }
}
