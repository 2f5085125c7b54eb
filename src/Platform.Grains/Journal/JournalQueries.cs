namespace Platform.Grains.Journal;

/// <summary>Reads of the journal: a working group's activity feed and the backfill a reconnecting client asks for.</summary>
public sealed class JournalQueries(Database database)
{
    private const string SelectAfter = $"""
        SELECT {JournalRow.Columns}
        FROM journal_entry
        WHERE working_group_id = @workingGroupId
          AND seq > @afterSeq
        ORDER BY seq
        LIMIT @limit
        """;

    /// <summary>Who made the change journalled at <paramref name="seq"/> in the group: null for the system, or when there is no such entry.</summary>
    public async Task<string?> ActorAtAsync(Guid workingGroupId, long seq, CancellationToken cancellationToken = default) =>
        (await ReadAfterAsync(workingGroupId, seq - 1, 1, cancellationToken)).FirstOrDefault(e => e.Seq == seq)?.Actor;

    /// <summary>Entries of one working group with seq greater than <paramref name="afterSeq"/>, oldest first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<JournalEntry>> ReadAfterAsync(Guid workingGroupId, long afterSeq, int limit = 100, CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync<JournalRow>(SelectAfter, new { workingGroupId, afterSeq, limit }, cancellationToken);
        return [.. rows.Select(r => r.ToEntry())];
    }

    private const string SelectLatestFor = $"""
        SELECT {JournalRow.Columns}
        FROM journal_entry
        WHERE working_group_id = @workingGroupId
          AND entity_kind = @entityKind
          AND entity_key = @entityKey
        ORDER BY seq DESC
        LIMIT 1
        """;

    /// <summary>The newest entry about one entity of the group, or null when there is none.</summary>
    public async Task<JournalEntry?> LatestForAsync(Guid workingGroupId, string entityKind, string entityKey, CancellationToken cancellationToken = default)
    {
        var row = await database.QuerySingleOrDefaultAsync<JournalRow>(SelectLatestFor, new { workingGroupId, entityKind, entityKey }, cancellationToken);
        return row?.ToEntry();
    }

    private const string SelectLatestSeq = """
        SELECT COALESCE(MAX(seq), 0) FROM journal_entry WHERE working_group_id = @workingGroupId
        """;

    /// <summary>The group's newest seq (0 if none): a page renders it so its live client catches up from there.</summary>
    public async Task<long> LatestSeqAsync(Guid workingGroupId, CancellationToken cancellationToken = default)
    {
        return await database.ExecuteScalarAsync<long>(SelectLatestSeq, new { workingGroupId }, cancellationToken);
    }

    private const string SelectHead = """
        SELECT seq AS Seq,
               hash AS Hash
        FROM journal_entry
        ORDER BY seq DESC
        LIMIT 1
        """;

    /// <summary>The newest row of the whole chain, or null while the journal is empty.</summary>
    public async Task<JournalHead?> HeadAsync(CancellationToken cancellationToken = default)
    {
        return await database.QuerySingleOrDefaultAsync<JournalHead>(SelectHead, cancellationToken: cancellationToken);
    }

    private const string SelectAt = """
        SELECT seq AS Seq,
               hash AS Hash
        FROM journal_entry
        WHERE seq = @seq
        """;

    /// <summary>The chain as it stood when row <paramref name="seq"/> was its head (that row's hash); null if there is no such row.</summary>
    public async Task<JournalHead?> HeadAtAsync(long seq, CancellationToken cancellationToken = default)
    {
        return await database.QuerySingleOrDefaultAsync<JournalHead>(SelectAt, new { seq }, cancellationToken);
    }
}
