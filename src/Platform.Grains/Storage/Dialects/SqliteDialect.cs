using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Platform.Grains.Storage.Dialects;

/// <summary>
/// SQLite: WAL so readers never block the writer, foreign keys on, a busy timeout so
/// concurrent writers wait instead of failing, and synchronous FULL by default.
/// </summary>
public sealed class SqliteDialect(string synchronous = "FULL") : ISqlDialect
{
    private readonly string settings = synchronous.ToUpperInvariant() switch
    {
        "FULL" or "NORMAL" => $"PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = {synchronous.ToUpperInvariant()};",
        var other => throw new ArgumentException($"Unsupported synchronous mode '{other}'; use FULL or NORMAL.", nameof(synchronous)),
    };

    public string Name => "sqlite";

    public bool SingleWriter => true;

    // Microsoft.Data.Sqlite begins transactions IMMEDIATE: the writer holds the file's write lock from its first statement.
    public string? LockJournal => null;

    public string Schema(string migrationSql) => migrationSql;

    public string? Unreachable(string connectionString, Exception failure) => null;

    /// <summary>
    /// Two hosts started together on one file (or a host and the <c>backup</c> verb) must not both apply the same migration:
    /// the second would fail on a table the first just made. SQLite's own lock lasts one transaction, and migrations commit
    /// one by one, so an exclusive lock on a file beside the database is held across them all (released by the operating
    /// system if the host dies). An in-memory database has no neighbour to share it with and takes none.
    /// </summary>
    public async Task<IAsyncDisposable> LockMigrationsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var file = connection.DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:")
        {
            return NoLock.Instance;
        }

        var path = file + ".migrating";
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (waited.Elapsed < MigrationWait)
            {
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    /// <summary>How long a host waits for another's migrations before it gives up (and says which file it waited on).</summary>
    private static readonly TimeSpan MigrationWait = TimeSpan.FromMinutes(5);

    private sealed class FileLock(FileStream held) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => held.DisposeAsync();
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    public string Lists(string sql) => sql;

    public string? DefaultConnectionString(string dataDirectory)
    {
        OwnerOnly.CreateDirectory(dataDirectory);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, "roundtable.db"),
            Pooling = true,
        }.ToString();
    }

    public DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    // Settings applied per native connection. The pool keeps a native connection open between uses, and these settings
    // last as long as it does (journal_mode is even stored in the file), so each is configured on its first open only:
    // before, every open ran all four statements, five times per progress post. Keyed by the native handle; the value
    // is the statement applied, so a second Database on the same file with another synchronous mode still applies its own.
    private static readonly ConditionalWeakTable<object, string> Configured = new();

    public async Task ConfigureAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var handle = (connection as SqliteConnection)?.Handle;
        if (handle is not null && Configured.TryGetValue(handle, out var applied) && applied == settings)
        {
            return;
        }

        await connection.ExecuteAsync(new CommandDefinition(settings, cancellationToken: cancellationToken));
        if (handle is not null)
        {
            Configured.AddOrUpdate(handle, settings);
        }
    }

    public string BackupExtension => ".db";

    public Task BackupAsync(DbConnection connection, string connectionString, string destinationPath, CancellationToken cancellationToken)
    {
        // VACUUM INTO reads one snapshot inside a single read transaction, so writers carry on and the copy is consistent.
        return connection.ExecuteAsync(new CommandDefinition("VACUUM INTO @path", new { path = destinationPath }, cancellationToken: cancellationToken));
    }

    // The setting lasts as long as the pooled native connection: later deletes on it are zeroed too, which is harmless.
    public Task BeforeEraseAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("PRAGMA secure_delete = ON", cancellationToken: cancellationToken));

    // TRUNCATE: the WAL frames that still held the erased pages are copied back and the WAL file emptied.
    public Task AfterEraseAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken: cancellationToken));
}
