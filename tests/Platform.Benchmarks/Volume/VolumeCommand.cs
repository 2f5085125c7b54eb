using System.Globalization;
using Platform.Grains.Storage;

namespace Platform.Benchmarks.Volume;

/// <summary><c>volume [folder] [small]</c>: generates the volume into a fresh database and prints what it wrote and how long it took.</summary>
internal static class VolumeCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var folder = args.Length > 1 && args[1] != "small" ? args[1] : Path.Combine(Path.GetTempPath(), "roundtable-volume-" + Guid.NewGuid().ToString("N")[..8]);
        var size = args.Contains("small") ? VolumeSize.Small : VolumeSize.Full;
        var database = await CreateAsync(folder);
        var summary = await VolumeData.FillAsync(database, size, DateTimeOffset.UtcNow);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"volume in {folder}: {summary.GroupIds.Count} groups, {summary.People} people, {summary.Meetings} meetings, {summary.ActionItems} action items, {summary.Commitments} commitments in {summary.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }

    /// <summary>
    /// A fresh, migrated database with the product's settings: SQLite in <paramref name="folder"/>, or the empty PostgreSQL
    /// database <paramref name="postgres"/> names.
    /// </summary>
    public static async Task<Database> CreateAsync(string folder, string? postgres = null)
    {
        Directory.CreateDirectory(folder);
        var options = postgres is null
            ? new StorageOptions { DataDirectory = folder }
            : new StorageOptions { DataDirectory = folder, Provider = "postgresql", ConnectionString = postgres };
        var database = new Database(options, folder);
        await new Migrator(database).MigrateAsync();
        return database;
    }
}
