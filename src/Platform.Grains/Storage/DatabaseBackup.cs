namespace Platform.Grains.Storage;

/// <summary>
/// Writes a consistent copy of the live database while the service keeps running, after anchoring the journal head
/// (so the copy holds at least the anchored rows, and restoring it still verifies against that anchor).
/// </summary>
public sealed class DatabaseBackup(Database database, TimeProvider time)
{
    private readonly JournalAnchors anchors = new(database, new JournalQueries(database), time);

    /// <summary>The folder backups go to unless a path is given: <c>&lt;data folder&gt;/backups</c>.</summary>
    public string DefaultFolder => Path.Combine(database.DataDirectory, "backups");

    /// <summary>Copies the database to <paramref name="destinationPath"/> (default: a timestamped file in <see cref="DefaultFolder"/>) and returns the full path.</summary>
    public async Task<string> BackupAsync(string? destinationPath = null, CancellationToken cancellationToken = default)
    {
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var destination = Path.GetFullPath(destinationPath ?? Path.Combine(DefaultFolder, $"roundtable-{stamp}{database.Dialect.BackupExtension}"));

        // Never overwrite: an older backup may be the only good copy left.
        if (File.Exists(destination))
        {
            throw new IOException($"Backup destination {destination} already exists; choose another path.");
        }

        OwnerOnly.CreateDirectory(Path.GetDirectoryName(destination)!);
        await anchors.WriteAsync("backup", cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await database.Dialect.BackupAsync(connection, database.ConnectionString, destination, cancellationToken);

        // A copy holds everything the database does, so it is as private as the database whatever the umask.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(destination, OwnerOnly.Files);
        }

        return destination;
    }
}
