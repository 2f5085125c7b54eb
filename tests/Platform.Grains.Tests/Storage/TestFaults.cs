namespace Platform.Grains.Tests.Storage;

/// <summary>
/// Faults a test injects with SQL the two databases spell differently: a trigger that makes some writes fail (a full
/// disk, a lost connection), and removing the journal's append-only triggers as an attacker with the database would.
/// </summary>
public static class TestFaults
{
    private static bool IsPostgres(Database database) => database.Dialect.Name == "postgres";

    /// <summary>Makes every <paramref name="operation"/> (INSERT, UPDATE) on <paramref name="table"/> where <paramref name="when"/> holds fail.</summary>
    public static Task FailAsync(Database database, string name, string operation, string table, string message, string? when = null) =>
        ExecuteAsync(database, IsPostgres(database)
            ? $"""
               CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '{message}'; END $$;
               CREATE TRIGGER {name} BEFORE {operation} ON {table} FOR EACH ROW {(when is null ? "" : $"WHEN ({when})")} EXECUTE FUNCTION {name}()
               """
            : $"CREATE TRIGGER {name} BEFORE {operation} ON {table} {(when is null ? "" : $"WHEN {when}")} BEGIN SELECT RAISE(ABORT, '{message}'); END");

    /// <summary>Removes a fault made by <see cref="FailAsync"/>.</summary>
    public static Task ClearAsync(Database database, string name, string table) =>
        ExecuteAsync(database, IsPostgres(database) ? $"DROP TRIGGER {name} ON {table}; DROP FUNCTION {name}()" : $"DROP TRIGGER {name}");

    /// <summary>Drops the triggers that refuse UPDATE and DELETE on journal_entry, then runs <paramref name="sql"/>.</summary>
    public static async Task TamperWithJournalAsync(Database database, string sql)
    {
        await ExecuteAsync(database, IsPostgres(database)
            ? "DROP TRIGGER tr_journal_entry_refuse_update ON journal_entry; DROP TRIGGER tr_journal_entry_refuse_delete ON journal_entry"
            : "DROP TRIGGER tr_journal_entry_refuse_update; DROP TRIGGER tr_journal_entry_refuse_delete");
        await ExecuteAsync(database, sql);
    }

    private static async Task ExecuteAsync(Database database, string sql)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(sql);
    }
}
