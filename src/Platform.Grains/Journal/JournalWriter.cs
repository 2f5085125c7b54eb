namespace Platform.Grains.Journal;

/// <summary>Appends hash-chained entries inside the caller's transaction, so state and journal commit together.</summary>
public sealed class JournalWriter(TimeProvider time)
{
    private const string SelectTip = """
        SELECT seq AS Seq,
               hash AS Hash
        FROM journal_entry
        ORDER BY seq DESC
        LIMIT 1
        """;

    /// <summary>
    /// Runs <paramref name="writes"/>, then makes this transaction the journal's only writer and reads its tip: one round
    /// trip on PostgreSQL. No other writer may append between this read and the insert, on this host or another: the
    /// dialect's lock lasts until the caller's transaction ends (SQLite: the transaction began IMMEDIATE and holds the file).
    /// </summary>
    private static async Task<(long Seq, string Hash)> WriteThenReadTipAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<StateWrite> writes, NewJournalEntry entry, CancellationToken cancellationToken)
    {
        var statements = writes.Select(w => (w.Sql, (object?)w.Parameters)).ToList();
        if (SqlDialects.Of(connection).LockJournal is { } lockJournal)
        {
            statements.Add((lockJournal, null));
        }

        var (changed, rows) = await SqlBatch.RunThenQueryAsync(connection, transaction, statements, SelectTip, cancellationToken);
        if (changed.Take(writes.Count).Any(n => n != 1))
        {
            throw new ConcurrencyConflictException(entry.EntityKind, entry.EntityKey);
        }

        return rows.Count == 0 ? (0, JournalHash.Genesis) : (Convert.ToInt64(rows[0][0], CultureInfo.InvariantCulture), (string)rows[0][1]);
    }

    private const string Insert = """
        INSERT INTO journal_entry (
            seq,
            working_group_id,
            entity_kind,
            entity_key,
            action,
            actor,
            occurred_at,
            summary,
            prev_hash,
            hash)
        VALUES (
            @Seq,
            @WorkingGroupId,
            @EntityKind,
            @EntityKey,
            @Action,
            @Actor,
            @OccurredAt,
            @Summary,
            @PrevHash,
            @Hash)
        """;

    /// <summary>The occurred_at of an entry that keeps only its day: noon UTC of that day.</summary>
    public static DateTime DayOnly(NodaTime.LocalDate day) => new(day.Year, day.Month, day.Day, 12, 0, 0, DateTimeKind.Utc);

    /// <summary>Appends <paramref name="entry"/> within <paramref name="transaction"/>; it is durable only when the caller commits.</summary>
    public Task<JournalEntry> AppendAsync(DbConnection connection, DbTransaction transaction, NewJournalEntry entry, CancellationToken cancellationToken = default) =>
        AppendAsync(connection, transaction, [], entry, cancellationToken);

    /// <summary>
    /// Runs <paramref name="writes"/> (a grain's state rows), then appends <paramref name="entry"/>, within
    /// <paramref name="transaction"/>. Each write must change exactly one row (<see cref="StateWrite"/>); otherwise nothing
    /// is appended and <see cref="ConcurrencyConflictException"/> tells the caller to roll back.
    /// </summary>
    public async Task<JournalEntry> AppendAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<StateWrite> writes, NewJournalEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(writes);
        ArgumentNullException.ThrowIfNull(entry);
        var tip = await WriteThenReadTipAsync(connection, transaction, writes, entry, cancellationToken);
        var row = new JournalRow
        {
            Seq = tip.Seq + 1,
            WorkingGroupId = entry.WorkingGroupId?.ToString("D"),
            EntityKind = entry.EntityKind,
            EntityKey = entry.EntityKey,
            Action = entry.Action,
            Actor = entry.Actor,
            OccurredAt = (entry.Day is { } day ? DayOnly(day) : time.GetUtcNow().UtcDateTime).ToString("O", CultureInfo.InvariantCulture),
            Summary = entry.Summary,
            PrevHash = tip.Hash,
            Hash = string.Empty,
        };
        row = row with { Hash = JournalHash.Compute(row) };
        await connection.ExecuteAsync(new CommandDefinition(Insert, row, transaction, cancellationToken: cancellationToken));
        return row.ToEntry();
    }

    /// <summary>
    /// Appends <paramref name="entry"/> and runs <paramref name="sql"/> in one transaction, in the process's write turn;
    /// nothing is kept (not even the entry) when the statement changed no row. True when it did.
    /// </summary>
    public async Task<bool> ChangeAsync(Database database, string sql, object parameters, NewJournalEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var turn = await database.WaitToWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await AppendAsync(connection, transaction, entry, cancellationToken);
        if (await connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken)) == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
