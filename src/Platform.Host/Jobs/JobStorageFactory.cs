using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace Platform.Host.Jobs;

/// <summary>
/// Where Hangfire keeps its queue, schedule and locks, chosen by <c>Storage:Provider</c>. With SQLite (one host, the
/// embedded default) in memory: nothing to install, and nothing to lose at a restart, because the database, not Hangfire,
/// says what is due and every scan runs once at start. With PostgreSQL in its own schema of the platform's database, so
/// the hosts of a cluster share one schedule and one lock per exclusive job (<see cref="ExclusiveJob"/>): each scan run
/// happens on one host only. Mail delivery takes no lock; its runs share the outbox row by row.
/// </summary>
internal static class JobStorageFactory
{
    public const string PostgreSqlSchema = "hangfire";

    public static JobStorage Create(IConfiguration configuration)
    {
        var section = configuration.GetSection(StorageOptions.Section);
        var provider = section[nameof(StorageOptions.Provider)];

        // The same choice and the same refusals as the platform's own database (SqlDialects.Named).
        var dialect = Platform.Grains.Storage.Dialects.SqlDialects.Named(provider);
        if (dialect.Name == "sqlite")
        {
            return new InMemoryStorage(new InMemoryStorageOptions { IdType = InMemoryStorageIdType.Long });
        }

        var connectionString = section[nameof(StorageOptions.ConnectionString)];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"Storage:Provider '{provider}' needs Storage:ConnectionString.");
        }

        var options = new PostgreSqlStorageOptions
        {
            SchemaName = PostgreSqlSchema,
            PrepareSchemaIfNecessary = true,
            // LISTEN/NOTIFY: an enqueued run (a mail kick) starts at once instead of at the next queue poll.
            EnableLongPolling = true,
            DistributedLockTimeout = TimeSpan.FromMinutes(1),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }
}
