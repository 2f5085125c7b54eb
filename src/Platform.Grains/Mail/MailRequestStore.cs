namespace Platform.Grains.Mail;

/// <summary>
/// The mail requests grains write with their changes (mail_request): written inside the grain's transaction, read and
/// completed by the delivery job, which turns each into mail_outbox rows exactly once.
/// </summary>
public sealed class MailRequestStore(Database database)
{
    private const string InsertRequest = """
        INSERT INTO mail_request (journal_seq, kind, working_group_id, entity_key, revision, created_at, done_at)
        VALUES (@seq, @kind, @groupId, @entityKey, @revision, @now, NULL)
        """;

    /// <summary>Writes <paramref name="request"/> in the caller's transaction, keyed by the journal entry of the same commit.</summary>
    public static Task InsertAsync(DbConnection connection, DbTransaction transaction, MailRequest request, long seq, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(request);
        return connection.ExecuteAsync(new CommandDefinition(InsertRequest, new
        {
            seq,
            kind = request.Kind,
            groupId = request.GroupId.ToString("D"),
            entityKey = request.EntityKey,
            revision = request.Revision,
            now = StoredTime.Write(now),
        }, transaction, cancellationToken: cancellationToken));
    }

    private const string SelectPending = """
        SELECT journal_seq AS JournalSeq,
               kind AS Kind,
               working_group_id AS GroupId,
               entity_key AS EntityKey,
               revision AS Revision
        FROM mail_request
        WHERE done_at IS NULL
        ORDER BY journal_seq
        LIMIT @limit
        """;

    /// <summary>The oldest requests not yet expanded, in commit order.</summary>
    public async Task<IReadOnlyList<PendingMailRequest>> PendingAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long JournalSeq, string Kind, Guid GroupId, string EntityKey, long Revision)>(
            new CommandDefinition(SelectPending, new { limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new PendingMailRequest(r.JournalSeq, r.Kind, r.GroupId, r.EntityKey, r.Revision))];
    }

    // The condition is the claim: of two runs expanding one request, only the first to commit changes this row.
    private const string UpdateDone = """
        UPDATE mail_request
        SET done_at = @now
        WHERE journal_seq = @seq
          AND done_at IS NULL
        """;

    /// <summary>
    /// Marks request <paramref name="seq"/> done and queues <paramref name="mails"/>, due at once, in one transaction; false,
    /// with nothing queued, when another run already did.
    /// </summary>
    public async Task<bool> CompleteAsync(long seq, IReadOnlyList<RenderedMail> mails, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mails);
        using var turn = await database.WaitToWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var claimed = await connection.ExecuteAsync(new CommandDefinition(UpdateDone, new { seq, now = StoredTime.Write(now) }, transaction, cancellationToken: cancellationToken)) == 1;
        if (!claimed)
        {
            return false;
        }

        foreach (var mail in mails)
        {
            await MailOutboxStore.QueueAsync(connection, transaction, new QueuedMail(mail.UserId, null, mail.Mail, now, now), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
