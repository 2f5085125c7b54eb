using Platform.Grains.Storage;

namespace Platform.Grains.Tests.Storage;

/// <summary>
/// A fresh database for one test, removed on dispose: an SQLite file in a temporary folder, or with
/// <c>ROUNDTABLE_TEST_DATABASE=postgresql</c> a new database on the run's <see cref="TestPostgres"/> server (the folder
/// is then still made, for what a test keeps beside the database: anchors, backups).
/// </summary>
public sealed class TempDatabase : IDisposable
{
    /// <summary>The provider the suite runs on: <c>sqlite</c> unless ROUNDTABLE_TEST_DATABASE says otherwise.</summary>
    public static string Provider { get; } = Environment.GetEnvironmentVariable("ROUNDTABLE_TEST_DATABASE") is { Length: > 0 } chosen ? chosen : "sqlite";

    private readonly string? postgres;

    public TempDatabase(string synchronous = "FULL")
        : this(Provider, synchronous, migrated: false)
    {
    }

    private TempDatabase(string provider, string synchronous, bool migrated)
    {
        Folder = Directory.CreateTempSubdirectory("roundtable-test-").FullName;
        if (provider == "sqlite")
        {
            Database = new Database(new StorageOptions { DataDirectory = Folder, Synchronous = synchronous }, Folder);
            return;
        }

        postgres = TestPostgres.CreateDatabase(migrated);
        Database = new Database(new StorageOptions { Provider = provider, DataDirectory = Folder, ConnectionString = postgres }, Folder);
    }

    public string Folder { get; }

    public Database Database { get; }

    /// <summary>Creates the database and applies every migration.</summary>
    public static Task<TempDatabase> MigratedAsync(string synchronous = "FULL") => MigratedAsync(Provider, synchronous);

    /// <summary>As <see cref="MigratedAsync(string)"/> on the given provider, whatever the suite runs on.</summary>
    public static async Task<TempDatabase> MigratedAsync(string provider, string synchronous = "FULL")
    {
        var db = new TempDatabase(provider, synchronous, migrated: true);
        await new Migrator(db.Database).MigrateAsync();
        return db;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (postgres is not null)
        {
            TestPostgres.DropDatabase(postgres);
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
