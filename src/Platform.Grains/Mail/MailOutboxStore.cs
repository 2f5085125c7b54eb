namespace Platform.Grains.Mail;

/// <summary>
/// The durable mail queue (mail_outbox): queue a message, claim due ones under a lease, record the outcome.
/// Claiming is a conditional UPDATE per row, so two hosts running delivery at once never both own one row.
/// </summary>
public sealed class MailOutboxStore(Database database)
{
    private const string InsertMail = """
        INSERT INTO mail_outbox (id, user_id, notification_id, to_address, subject, body, created_at, attempts, next_attempt_at, last_error,
                                 attachment_name, attachment_type, attachment_content)
        VALUES (@id, @userId, @notificationId, @to, @subject, @body, @now, @attempts, @nextAttemptAt, @lastError,
                @attachmentName, @attachmentType, @attachmentContent)
        """;

    /// <summary>Queues <paramref name="mail"/> on <paramref name="connection"/>, inside the caller's transaction when it has one.</summary>
    public static Task QueueAsync(DbConnection connection, DbTransaction? transaction, QueuedMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(mail);
        return connection.ExecuteAsync(new CommandDefinition(InsertMail, new
        {
            id = Guid.NewGuid().ToString("D"),
            userId = mail.UserId,
            notificationId = mail.NotificationId,
            to = mail.Mail.To,
            subject = mail.Mail.Subject,
            body = mail.Mail.Body,
            now = StoredTime.Write(mail.Now),
            attempts = mail.Attempts,
            nextAttemptAt = StoredTime.Write(mail.NextAttemptAt),
            lastError = mail.LastError,
            attachmentName = mail.Mail.Attachment?.FileName,
            attachmentType = mail.Mail.Attachment?.ContentType,
            attachmentContent = mail.Mail.Attachment?.Content,
        }, transaction, cancellationToken: cancellationToken));
    }

    /// <summary>Queues one message on its own connection (account mail: reset links, invitations to create an account).</summary>
    public async Task QueueAsync(QueuedMail mail, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await QueueAsync(connection, null, mail, cancellationToken);
    }

    private const string SelectDue = """
        SELECT id
        FROM mail_outbox
        WHERE sent_at IS NULL
          AND failed_at IS NULL
          AND next_attempt_at <= @due
          AND (claimed_until IS NULL OR claimed_until <= @now)
        ORDER BY next_attempt_at, id
        LIMIT @limit
        """;

    private const string Claim = """
        UPDATE mail_outbox
        SET claimed_until = @until
        WHERE id = @id
          AND sent_at IS NULL
          AND failed_at IS NULL
          AND (claimed_until IS NULL OR claimed_until <= @now)
        """;

    private const string SelectClaimed = """
        SELECT id AS Id,
               to_address AS ToAddress,
               subject AS Subject,
               body AS Body,
               attempts AS Attempts,
               attachment_name AS AttachmentName,
               attachment_type AS AttachmentType,
               attachment_content AS AttachmentContent
        FROM mail_outbox
        WHERE id = @id
        """;

    /// <summary>
    /// Claims one row due at <paramref name="due"/> whose lease (if any) has ended at <paramref name="claimedAt"/>, until
    /// <paramref name="until"/>; null when none is left. Delivery claims each row just before sending it, so a host killed
    /// mid-run holds one row (sent or not) until its lease ends, never a whole batch. A few candidates are read so that
    /// losing the race for the first one to another run does not end this one.
    /// </summary>
    public async Task<ClaimedMail?> ClaimNextAsync(DateTimeOffset due, DateTimeOffset claimedAt, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<string>(new CommandDefinition(
            SelectDue, new { due = StoredTime.Write(due), now = StoredTime.Write(claimedAt), limit = 8 }, cancellationToken: cancellationToken));
        foreach (var id in ids)
        {
            var won = await connection.ExecuteAsync(new CommandDefinition(
                Claim, new { id, now = StoredTime.Write(claimedAt), until = StoredTime.Write(until) }, cancellationToken: cancellationToken)) == 1;
            if (won)
            {
                return await connection.QuerySingleAsync<ClaimedMail>(new CommandDefinition(SelectClaimed, new { id }, cancellationToken: cancellationToken));
            }
        }

        return null;
    }

    // The body can hold a reset link or personal text: once delivered it is not kept.
    private const string UpdateSent = """
        UPDATE mail_outbox
        SET sent_at = @now,
            attempts = attempts + 1,
            claimed_until = NULL,
            body = '',
            attachment_content = NULL,
            last_error = NULL
        WHERE id = @id
        """;

    public async Task MarkSentAsync(string id, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await database.ExecuteAsync(UpdateSent, new { id, now = StoredTime.Write(now) }, cancellationToken);
    }

    private const string UpdateFailedAttempt = """
        UPDATE mail_outbox
        SET attempts = @attempts,
            next_attempt_at = @nextAttemptAt,
            failed_at = @failedAt,
            claimed_until = NULL,
            last_error = @errorType
        WHERE id = @id
        """;

    /// <summary>Records a failed attempt: the next try at <paramref name="nextAttemptAt"/>, or for good when <paramref name="failedAt"/> is set.</summary>
    public async Task MarkAttemptFailedAsync(string id, int attempts, DateTimeOffset nextAttemptAt, DateTimeOffset? failedAt, string errorType, CancellationToken cancellationToken = default)
    {
        await database.ExecuteAsync(UpdateFailedAttempt, new
        {
            id,
            attempts,
            nextAttemptAt = StoredTime.Write(nextAttemptAt),
            failedAt = StoredTime.Write(failedAt),
            errorType,
        }, cancellationToken);
    }
}

/// <summary>A message to queue, due at <see cref="NextAttemptAt"/>.</summary>
public sealed record QueuedMail(string? UserId, Guid? NotificationId, OutgoingMail Mail, DateTimeOffset Now, DateTimeOffset NextAttemptAt, int Attempts = 0, string? LastError = null);

/// <summary>A row this host owns until its lease ends.</summary>
public sealed record ClaimedMail(
    string Id, string ToAddress, string Subject, string Body, long Attempts, string? AttachmentName, string? AttachmentType, string? AttachmentContent)
{
    /// <summary>The mail as it was queued, with its attachment if it has one, and the row's id as its Message-ID.</summary>
    public OutgoingMail ToMail() => new(ToAddress, Subject, Body)
    {
        MessageId = Id,
        Attachment = AttachmentName is not null && AttachmentType is not null && AttachmentContent is not null
            ? new MailAttachment(AttachmentName, AttachmentType, AttachmentContent)
            : null,
    };
}
