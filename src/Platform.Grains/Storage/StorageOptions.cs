namespace Platform.Grains.Storage;

/// <summary>Where the data lives. Bound from the "Storage" configuration section; the defaults need nothing.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder for the database, the mail outbox and backups; relative paths resolve against the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Which database: <c>sqlite</c> (default, a file in <see cref="DataDirectory"/>) or <c>postgresql</c> (needs <see cref="ConnectionString"/>).</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>Full connection string; when empty, an SQLite file <c>roundtable.db</c> in <see cref="DataDirectory"/> (PostgreSQL needs one: <c>Host=…;Database=…;Username=…;Password=…</c>).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>SQLite <c>PRAGMA synchronous</c>: FULL (default, survives power loss) or NORMAL.</summary>
    public string Synchronous { get; set; } = "FULL";
}
