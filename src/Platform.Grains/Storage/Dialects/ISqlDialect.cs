namespace Platform.Grains.Storage.Dialects;

/// <summary>Everything vendor-specific lives behind this interface; stores never branch on the vendor.</summary>
public interface ISqlDialect
{
    /// <summary>The name used to pick vendor-specific migration files (<c>0001_x.sqlite.sql</c>, <c>0001_x.postgres.sql</c>).</summary>
    string Name { get; }

    /// <summary>The connection string used when none is configured (creating <paramref name="dataDirectory"/>), or null when one is required.</summary>
    string? DefaultConnectionString(string dataDirectory);

    /// <summary>A migration's SQL as this database runs it (column types mapped where the two differ).</summary>
    string Schema(string migrationSql);

    /// <summary>
    /// A query with <c>IN @list</c> parameters as this database takes them: Dapper expands the list into one parameter per
    /// value on SQLite, but passes one array parameter to PostgreSQL, which wants <c>= ANY(@list)</c>.
    /// </summary>
    string Lists(string sql);

    /// <summary>Creates an unopened connection for the given connection string.</summary>
    DbConnection CreateConnection(string connectionString);

    /// <summary>Applies per-connection settings right after the connection opens.</summary>
    Task ConfigureAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// True when the database lets one transaction write at a time (SQLite): <see cref="Database.WaitToWriteAsync"/> then
    /// queues this process's writers instead of letting them poll the file lock.
    /// </summary>
    bool SingleWriter { get; }

    /// <summary>
    /// A statement that makes its transaction the only one appending to the journal until it ends, so two writers (two
    /// hosts) never read the same head and fork the chain. Null for SQLite: its write transaction holds the whole file already.
    /// </summary>
    string? LockJournal { get; }

    /// <summary>
    /// Keeps every other process from migrating this database until the result is disposed, so hosts of a cluster that
    /// start together apply each migration once (the slower one then finds it applied). PostgreSQL: a session advisory
    /// lock held by <paramref name="connection"/>. SQLite: nothing; one file has one host, or hosts started one by one.
    /// </summary>
    Task<IAsyncDisposable> LockMigrationsAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>The file extension of a backup: <c>.db</c> (an SQLite file) or <c>.dump</c> (pg_dump's custom format).</summary>
    string BackupExtension { get; }

    /// <summary>Writes a consistent copy of the live database to <paramref name="destinationPath"/>.</summary>
    Task BackupAsync(DbConnection connection, string connectionString, string destinationPath, CancellationToken cancellationToken);

    /// <summary>
    /// Before a transaction that erases content for good (the incident purge): SQLite overwrites what it deletes with
    /// zeros (<c>secure_delete</c>) on this connection. PostgreSQL: nothing (its dead rows go at the next vacuum).
    /// </summary>
    Task BeforeEraseAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>After that transaction committed: SQLite writes the WAL back into the file and truncates it (checkpoint); PostgreSQL: nothing.</summary>
    Task AfterEraseAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// When <paramref name="failure"/> means the database server could not be reached at all (connection refused, unknown
    /// host, no answer), where it was looked for and why, without credentials (<c>db.example:5432: Connection refused</c>);
    /// otherwise null. SQLite has no server: always null.
    /// </summary>
    string? Unreachable(string connectionString, Exception failure);
}
