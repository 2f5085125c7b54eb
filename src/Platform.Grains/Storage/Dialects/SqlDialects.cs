using Npgsql;

namespace Platform.Grains.Storage.Dialects;

/// <summary>The one place that maps a provider name or an open connection to its dialect.</summary>
public static class SqlDialects
{
    private static readonly PostgresDialect Postgres = new();

    /// <summary>The dialect for <c>Storage:Provider</c>: <c>sqlite</c> (default) or <c>postgresql</c>.</summary>
    public static ISqlDialect Named(string? provider, string synchronous = "FULL") => provider?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => new SqliteDialect(synchronous),
        "postgresql" or "postgres" => Postgres,
        var other => throw new ArgumentException($"Unknown Storage:Provider '{other}'; use sqlite or postgresql.", nameof(provider)),
    };

    /// <summary>The dialect of an open connection, for code handed a connection rather than the <see cref="Database"/>.</summary>
    public static ISqlDialect Of(DbConnection connection) => connection is NpgsqlConnection ? Postgres : Sqlite;

    private static readonly SqliteDialect Sqlite = new();
}
