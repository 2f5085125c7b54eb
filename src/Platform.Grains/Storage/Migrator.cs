namespace Platform.Grains.Storage;

/// <summary>Applies numbered migrations in order, each in its own transaction, and records them in <c>schema_migration</c>.</summary>
public sealed class Migrator(Database database, IReadOnlyList<Migration>? migrations = null)
{
    private readonly IReadOnlyList<Migration> migrations = migrations ?? Migration.Embedded(database.Dialect.Name);

    private const string CreateSchemaTable = """
        CREATE TABLE IF NOT EXISTS schema_migration (
            number INTEGER NOT NULL,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL,
            CONSTRAINT pk_schema_migration PRIMARY KEY (number)
        )
        """;

    private const string SelectApplied = "SELECT number FROM schema_migration ORDER BY number";

    private const string InsertApplied = """
        INSERT INTO schema_migration (number, name, applied_at)
        VALUES (@Number, @Name, @AppliedAt)
        """;

    /// <summary>Brings the schema up to date; returns the numbers it applied. Throws <see cref="SchemaTooNewException"/> on a newer database.</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Read what is applied only once no other host is migrating: it may just have applied what this one would.
        await using var migrating = await database.Dialect.LockMigrationsAsync(connection, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(database.Dialect.Schema(CreateSchemaTable), cancellationToken: cancellationToken));
        var applied = (await connection.QueryAsync<int>(new CommandDefinition(SelectApplied, cancellationToken: cancellationToken))).ToHashSet();

        var known = migrations.Count == 0 ? 0 : migrations[^1].Number;
        var newest = applied.Count == 0 ? 0 : applied.Max();
        if (newest > known)
        {
            throw new SchemaTooNewException(newest, known);
        }

        var done = new List<int>();
        foreach (var migration in migrations.Where(m => !applied.Contains(m.Number)))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(database.Dialect.Schema(migration.Sql), transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                InsertApplied,
                new { migration.Number, migration.Name, AppliedAt = DateTimeOffset.UtcNow.ToString("O") },
                transaction,
                cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            done.Add(migration.Number);
        }

        return done;
    }
}
