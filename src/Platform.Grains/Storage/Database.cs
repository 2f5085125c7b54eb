using Microsoft.Data.Sqlite;
using Platform.Grains.Storage.Dialects;

namespace Platform.Grains.Storage;

/// <summary>Opens configured connections. The one way any code reaches the database.</summary>
public sealed class Database
{
    public Database(StorageOptions options, string contentRoot)
    {
        var dataDirectory = Path.GetFullPath(options.DataDirectory, contentRoot);
        DataDirectory = dataDirectory;
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            Directory.CreateDirectory(dataDirectory);
            ConnectionString = new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(dataDirectory, "roundtable.db"),
                Pooling = true,
            }.ToString();
        }
        else
        {
            ConnectionString = options.ConnectionString;
        }

        Dialect = new SqliteDialect(options.Synchronous);
    }

    public string ConnectionString { get; }

    public string DataDirectory { get; }

    public ISqlDialect Dialect { get; }

    /// <summary>Opens a connection with the dialect's per-connection settings applied. The caller disposes it.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = Dialect.CreateConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await Dialect.ConfigureAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
