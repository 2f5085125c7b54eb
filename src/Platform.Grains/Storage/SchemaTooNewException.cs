namespace Platform.Grains.Storage;

/// <summary>The database was written by a newer Roundtable; starting would risk corrupting it.</summary>
public sealed class SchemaTooNewException(int databaseVersion, int knownVersion)
    : Exception($"This database is at schema version {databaseVersion}, but this Roundtable knows versions up to {knownVersion}. " +
                "It was written by a newer release: upgrade Roundtable, or restore a backup made by this version.")
{
    public int DatabaseVersion { get; } = databaseVersion;

    public int KnownVersion { get; } = knownVersion;
}
