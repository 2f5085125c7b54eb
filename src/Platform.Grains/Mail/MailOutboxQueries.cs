namespace Platform.Grains.Mail;

/// <summary>What administrators see of the mail queue: failed mail and mail still being retried.</summary>
public sealed class MailOutboxQueries(Database database)
{
    // Failed first, then the ones still retrying; sent rows and rows never tried yet are not a problem to look at.
    private const string SelectTroubled = """
        SELECT id AS Id,
               to_address AS ToAddress,
               subject AS Subject,
               created_at AS CreatedAt,
               attempts AS Attempts,
               next_attempt_at AS NextAttemptAt,
               failed_at AS FailedAt,
               last_error AS LastError
        FROM mail_outbox
        WHERE sent_at IS NULL
          AND (failed_at IS NOT NULL OR attempts > 0)
        ORDER BY CASE WHEN failed_at IS NULL THEN 1 ELSE 0 END, created_at DESC, id
        LIMIT @limit
        """;

    public async Task<IReadOnlyList<TroubledMail>> TroubledAsync(int limit = 200, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Id, string ToAddress, string Subject, DateTimeOffset CreatedAt, long Attempts, DateTimeOffset NextAttemptAt, DateTimeOffset? FailedAt, string? LastError)>(
            new CommandDefinition(SelectTroubled, new { limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new TroubledMail(
            r.Id, r.ToAddress, r.Subject, r.CreatedAt, (int)r.Attempts, r.NextAttemptAt, r.FailedAt, r.LastError))];
    }

    // A failed row gets one more attempt; a row still waiting for its back-off is brought forward. Never a sent row.
    private const string UpdateRetryNow = """
        UPDATE mail_outbox
        SET failed_at = NULL,
            next_attempt_at = @now
        WHERE id = @id
          AND sent_at IS NULL
        """;

    /// <summary>Makes the row due now; true when there was such an unsent row.</summary>
    public async Task<bool> RetryNowAsync(string id, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        return await database.ExecuteAsync(UpdateRetryNow, new { id, now = StoredTime.Write(now) }, cancellationToken) == 1;
    }
}

/// <summary>One row of the failed-mail list. <see cref="LastError"/> is an exception type name, never a server message.</summary>
public sealed record TroubledMail(
    string Id, string ToAddress, string Subject, DateTimeOffset CreatedAt, int Attempts, DateTimeOffset NextAttemptAt, DateTimeOffset? FailedAt, string? LastError);
