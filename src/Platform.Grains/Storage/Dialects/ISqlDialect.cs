namespace Platform.Grains.Storage.Dialects;

/// <summary>Everything vendor-specific lives behind this interface; stores never branch on the vendor.</summary>
public interface ISqlDialect
{
    /// <summary>The name used to pick vendor-specific migration files (<c>sqlite-*.sql</c>).</summary>
    string Name { get; }

    /// <summary>Creates an unopened connection for the given connection string.</summary>
    DbConnection CreateConnection(string connectionString);

    /// <summary>Applies per-connection settings right after the connection opens.</summary>
    Task ConfigureAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Writes a consistent copy of the live database to <paramref name="destinationPath"/>.</summary>
    Task BackupAsync(DbConnection connection, string destinationPath, CancellationToken cancellationToken);
}
