namespace Platform.Grains.Notifications;

/// <summary>
/// The SQL half of the notifier: in one transaction, each request's notification unless that person already has its
/// dedupe key, and for each new one whose kind the person still wants by e-mail, the mail <paramref name="compose"/> writes.
/// </summary>
public sealed class NotificationWriter(Database database)
{
    private const string SelectRecipients = """
        SELECT id AS Id,
               email AS Email,
               preferred_language AS PreferredLanguage
        FROM user_account
        WHERE id IN @ids
        """;

    private const string SelectEmailOff = """
        SELECT user_id AS UserId,
               kind AS Kind
        FROM notification_preference
        WHERE user_id IN @ids
          AND email = FALSE
        """;

    // ON CONFLICT … DO NOTHING is the same in SQLite (3.24+) and PostgreSQL; it is what makes every scan idempotent.
    private const string InsertNotification = """
        INSERT INTO notification (id, user_id, working_group_id, kind, message_key, arguments, link, created_at, read_at, dedupe_key)
        VALUES (@id, @userId, @groupId, @kind, @messageKey, @arguments, @link, @now, NULL, @dedupeKey)
        ON CONFLICT (user_id, dedupe_key) DO NOTHING
        """;

    /// <summary>
    /// Returns the requests that were new (in order); mail for them is queued, due at <paramref name="now"/>. New
    /// notifications of one kind for one person in one group share one mail (<paramref name="compose"/> gets them all):
    /// a first start that escalates thirty old items sends each facilitator one message, not thirty.
    /// </summary>
    public async Task<IReadOnlyList<NotificationRequest>> WriteAsync(
        IReadOnlyList<NotificationRequest> requests,
        Func<NotificationRecipient, IReadOnlyList<NotificationRequest>, OutgoingMail> compose,
        DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(compose);
        if (requests.Count == 0)
        {
            return [];
        }

        var ids = requests.Select(r => r.UserId).Distinct(StringComparer.Ordinal).ToArray();
        await using var connection = await database.OpenAsync(cancellationToken);
        var recipients = (await connection.QueryAsync<NotificationRecipient>(new CommandDefinition(SqlDialects.Of(connection).Lists(SelectRecipients), new { ids }, cancellationToken: cancellationToken)))
            .ToDictionary(r => r.Id, StringComparer.Ordinal);
        var emailOff = (await connection.QueryAsync<(string UserId, string Kind)>(new CommandDefinition(SqlDialects.Of(connection).Lists(SelectEmailOff), new { ids }, cancellationToken: cancellationToken)))
            .ToHashSet();

        var created = new List<NotificationRequest>();
        var mailed = new List<(NotificationRecipient Recipient, NotificationRequest Request, Guid Id)>();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var request in requests)
        {
            if (!recipients.TryGetValue(request.UserId, out var recipient))
            {
                continue;
            }

            var id = Guid.NewGuid();
            var kind = EnumText.ToText(request.Kind);
            var inserted = await connection.ExecuteAsync(new CommandDefinition(InsertNotification, new
            {
                id,
                userId = request.UserId,
                groupId = request.WorkingGroupId,
                kind,
                messageKey = request.MessageKey,
                arguments = JsonSerializer.Serialize(request.Arguments),
                link = request.Link,
                now = StoredTime.Write(now),
                dedupeKey = request.DedupeKey,
            }, transaction, cancellationToken: cancellationToken)) == 1;
            if (!inserted)
            {
                continue;
            }

            created.Add(request);
            if (!request.MailSeparately && !emailOff.Contains((request.UserId, kind)))
            {
                mailed.Add((recipient, request, id));
            }
        }

        foreach (var mail in mailed.GroupBy(m => (m.Recipient.Id, m.Request.Kind, m.Request.WorkingGroupId)))
        {
            var first = mail.First();
            var message = compose(first.Recipient, [.. mail.Select(m => m.Request)]);
            await MailOutboxStore.QueueAsync(connection, transaction, new QueuedMail(first.Recipient.Id, first.Id, message, now, now), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return created;
    }
}
