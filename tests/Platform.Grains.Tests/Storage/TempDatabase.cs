namespace Platform.Grains.Tests.Storage;

/// <summary>
/// A fresh database for one test, removed on dispose: an SQLite file in a temporary folder, or with
/// <c>ROUNDTABLE_TEST_DATABASE=postgresql</c> a new database on the run's <see cref="TestPostgres"/> server (the folder
/// is then still made, for what a test keeps beside the database: anchors, backups).
/// </summary>
public sealed class TempDatabase : IDisposable
{
    /// <summary>
    /// The provider the suite runs on: <c>postgresql</c> in Platform.Grains.PostgresTests (the same sources), else
    /// <c>sqlite</c> unless ROUNDTABLE_TEST_DATABASE says otherwise.
    /// </summary>
#if POSTGRES_SUITE
    public static string Provider { get; } = "postgresql";
#else
    public static string Provider { get; } = Environment.GetEnvironmentVariable("ROUNDTABLE_TEST_DATABASE") is { Length: > 0 } chosen ? chosen : "sqlite";
#endif

    private readonly List<string> postgres = [];

    /// <summary>An empty database on the suite's provider, or on <paramref name="provider"/> for a test of one vendor.</summary>
    public TempDatabase(string synchronous = "FULL", string? provider = null)
        : this(provider ?? Provider, synchronous, migrated: false)
    {
    }

    private TempDatabase(string provider, string synchronous, bool migrated)
    {
        Folder = Directory.CreateTempSubdirectory("roundtable-test-").FullName;
        if (provider == "sqlite")
        {
            Options = new StorageOptions { DataDirectory = Folder, Synchronous = synchronous };
            Database = new Database(Options, Folder);
            return;
        }

        postgres.Add(TestPostgres.CreateDatabase(migrated));
        Options = new StorageOptions { Provider = provider, DataDirectory = Folder, ConnectionString = postgres[0] };
        Database = new Database(Options, Folder);
    }

    public string Folder { get; }

    public Database Database { get; }

    /// <summary>The settings <see cref="Database"/> was made from: another host's configuration for the same database.</summary>
    public StorageOptions Options { get; }

    /// <summary>A second <see cref="Storage.Database"/> on the same data, as a second host has: its own pool and write turn.</summary>
    public Database SecondHost() => new(Options, Folder);

    /// <summary>Creates the database and applies every migration.</summary>
    public static async Task<TempDatabase> MigratedAsync(string synchronous = "FULL", string? provider = null)
    {
        var db = new TempDatabase(provider ?? Provider, synchronous, migrated: true);
        await new Migrator(db.Database).MigrateAsync();
        return db;
    }

    /// <summary>
    /// A backup written by <see cref="DatabaseBackup"/> as a database sharing this one's data folder (anchors, key), as
    /// after a restore: the SQLite copy opened in place, or the pg_dump file restored into a new database.
    /// </summary>
    public Database Restore(string backupPath)
    {
        if (postgres.Count == 0)
        {
            return new Database(new StorageOptions { DataDirectory = Folder, ConnectionString = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = backupPath }.ToString() }, Folder);
        }

        postgres.Add(TestPostgres.Restore(backupPath));
        return new Database(new StorageOptions { Provider = "postgresql", DataDirectory = Folder, ConnectionString = postgres[^1] }, Folder);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var made in postgres)
        {
            TestPostgres.DropDatabase(made);
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a failing test should not hide that test's own message.
        }
    }
}
