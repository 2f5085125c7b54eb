using Platform.Grains.Storage;

namespace Platform.Grains.Tests.Storage;

/// <summary>A real SQLite file in a fresh temporary folder, deleted on dispose.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase(string synchronous = "FULL")
    {
        Folder = Directory.CreateTempSubdirectory("roundtable-test-").FullName;
        Database = new Database(new StorageOptions { DataDirectory = Folder, Synchronous = synchronous }, Folder);
    }

    public string Folder { get; }

    public Database Database { get; }

    /// <summary>Creates the database and applies every migration.</summary>
    public static async Task<TempDatabase> MigratedAsync(string synchronous = "FULL")
    {
        var db = new TempDatabase(synchronous);
        await new Migrator(db.Database).MigrateAsync();
        return db;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
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
