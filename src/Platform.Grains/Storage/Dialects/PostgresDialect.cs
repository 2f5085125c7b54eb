using System.Diagnostics;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Npgsql;

namespace Platform.Grains.Storage.Dialects;

/// <summary>
/// PostgreSQL 15 through Npgsql. The schema and every query are the SQLite ones (ids and times as text); what differs is
/// here: no per-connection settings, concurrent writers (row locks, not a file lock), a lock for the journal's head and
/// <c>pg_dump</c> for backups.
/// </summary>
public sealed partial class PostgresDialect : ISqlDialect
{
    public string Name => "postgres";

    // Writers of different rows run side by side and a conflicting one waits on that row's lock without polling, so a
    // queue in this process would only slow writes down (and could not order another host's writers anyway).
    public bool SingleWriter => false;

    // SQLite's INTEGER holds 64 bits and reads back as long; PostgreSQL's is 32 bits and would read back as int, which
    // Dapper will not pass to a record's long (or int-typed enum) parameter. BIGINT keeps one set of row types.
    public string Schema(string migrationSql) => IntegerType().Replace(migrationSql, "BIGINT");

    public string Lists(string sql) => InList().Replace(NotInList().Replace(sql, "<> ALL(${list})"), "= ANY(${list})");

    [GeneratedRegex(@"\bINTEGER\b")]
    private static partial Regex IntegerType();

    [GeneratedRegex(@"\bIN\s+(?<list>@\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex InList();

    [GeneratedRegex(@"\bNOT\s+IN\s+(?<list>@\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex NotInList();

    public string? DefaultConnectionString(string dataDirectory) => null;

    public DbConnection CreateConnection(string connectionString) => new NpgsqlConnection(WithDefaults(connectionString));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Tuned = new(StringComparer.Ordinal);

    /// <summary>
    /// The connection string every connection of <see cref="CreateConnection"/> opens with (its pool is this string's, so
    /// whoever clears the pool clears this one).
    /// </summary>
    public static string WithDefaults(string connectionString) => Tuned.GetOrAdd(connectionString, Tune);

    // Every store sends the same few statements over and over; parsed and planned once per pooled connection, not on every
    // call, they cost the server less (measured by the live benchmark's write path). An operator's own values win.
    private static string Tune(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        bool Given(params string[] names) => names.Any(given.ContainsKey);
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Given("Max Auto Prepare", "MaxAutoPrepare"))
        {
            settings.MaxAutoPrepare = 100;
        }

        if (!Given("Auto Prepare Min Usages", "AutoPrepareMinUsages"))
        {
            settings.AutoPrepareMinUsages = 2;
        }

        // A pooled connection goes back without the seven-statement reset Npgsql would otherwise send with its next use: 42
        // of the 57 statements of one progress post in the live benchmark. Nothing here leaves session state behind (no SET,
        // temporary table or LISTEN; the migrations' session lock is released before its connection closes), and an open
        // transaction is rolled back on close either way.
        if (!Given("No Reset On Close", "NoResetOnClose"))
        {
            settings.NoResetOnClose = true;
        }

        return settings.ConnectionString;
    }

    public Task ConfigureAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    // Npgsql wraps what the socket said (refused, unknown host), its connect timeout, or a peer that does not speak
    // PostgreSQL's protocol; a PostgresException is the server answering (wrong password, no such database), so it was
    // reached. Only host and port are named, never the credentials, and never Npgsql's own message.
    public string? Unreachable(string connectionString, Exception failure)
    {
        var connecting = failure is NpgsqlException and not PostgresException;
        var reason = (connecting ? failure.InnerException : failure) switch
        {
            SocketException socket => socket.Message,
            TimeoutException => "no answer within the connection timeout",
            IOException => "the connection broke",
            _ when connecting => "no PostgreSQL server answered there",
            _ => null,
        };
        if (reason is null)
        {
            return null;
        }

        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{settings.Host}:{settings.Port} ({reason})";
    }

    // One fixed key for the journal (the ASCII of "rtjournl"). A transaction-scoped lock: released by commit or rollback,
    // so a host that dies mid-append cannot keep it.
    public string? LockJournal => "SELECT pg_advisory_xact_lock(8247127064230792812)";

    // Another fixed key (the ASCII of "rtmigrat"), held for the session: migrations commit one by one, and the lock must
    // outlast them all. Closing the connection releases it too, should the host die while migrating.
    private const string LockMigrations = "SELECT pg_advisory_lock(8247337117096763764)";
    private const string UnlockMigrations = "SELECT pg_advisory_unlock(8247337117096763764)";

    public async Task<IAsyncDisposable> LockMigrationsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(LockMigrations, cancellationToken: cancellationToken));
        return new MigrationLock(connection);
    }

    private sealed class MigrationLock(DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await connection.ExecuteAsync(UnlockMigrations);
            }
            catch
            {
                // Still held: the connection must not go back to the pool with it (pooled connections are not reset).
                NpgsqlConnection.ClearPool((NpgsqlConnection)connection);
                throw;
            }
        }
    }

    public string BackupExtension => ".dump";

    public async Task BackupAsync(DbConnection connection, string connectionString, string destinationPath, CancellationToken cancellationToken)
    {
        // A separate process with its own connection (the open one only proves the server answers).
        // pg_dump reads one snapshot (a repeatable-read transaction), so writers carry on and the copy is consistent.
        // Custom format: compressed, and pg_restore can restore it into an empty database (infra/backup-and-restore.md).
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(PgDump, ["--format=custom", "--no-owner", "--file", destinationPath, "--dbname", settings.Database ?? "postgres"])
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PGHOST"] = settings.Host;
        start.Environment["PGPORT"] = settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = settings.Username;
        start.Environment["PGPASSWORD"] = settings.Password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pg_dump did not start.");
        var errors = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new IOException($"pg_dump failed ({process.ExitCode}): {errors.Trim()}");
        }
    }

    /// <summary><c>pg_dump</c> from the PATH, or <c>PG_DUMP</c> when set (a server other than the client's major version).</summary>
    private static string PgDump => Environment.GetEnvironmentVariable("PG_DUMP") is { Length: > 0 } path ? path : "pg_dump";

    public Task BeforeEraseAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task AfterEraseAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;
}
