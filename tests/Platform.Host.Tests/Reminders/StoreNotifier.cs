using System.Text.Json;
using Dapper;
using Platform.Grains.Notifications;
using Platform.Grains.Storage;

namespace Platform.Host.Tests.Reminders;

/// <summary>
/// Stand-in for the delivery slice's notifier where none is registered (this branch alone): one transaction per call,
/// a notification row per request unless that person has its dedupe key already, and a queued mail row for each new one.
/// </summary>
internal sealed class StoreNotifier(Database database, TimeProvider time) : INotifier
{
    private const string Insert = """
        INSERT INTO notification (id, user_id, working_group_id, kind, message_key, arguments, link, created_at, dedupe_key)
        VALUES (@id, @userId, @groupId, @kind, @messageKey, @arguments, @link, @now, @dedupeKey)
        ON CONFLICT (user_id, dedupe_key) DO NOTHING
        """;

    private const string QueueMail = """
        INSERT INTO mail_outbox (id, user_id, notification_id, to_address, subject, body, created_at, next_attempt_at)
        SELECT @mailId, u.id, @id, u.email, @messageKey, @arguments, @now, @now
        FROM user_account u
        WHERE u.id = @userId
        """;

    public async Task<int> NotifyAsync(IReadOnlyList<NotificationRequest> requests, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var created = 0;
        foreach (var row in requests.Select(r => new
        {
            mailId = Guid.NewGuid().ToString("D"),
            id = Guid.NewGuid().ToString("D"),
            userId = r.UserId,
            groupId = r.WorkingGroupId?.ToString("D"),
            kind = EnumText.ToText(r.Kind),
            messageKey = r.MessageKey,
            arguments = JsonSerializer.Serialize(r.Arguments),
            link = r.Link,
            now = StoredTime.Write(time.GetUtcNow()),
            dedupeKey = r.DedupeKey,
        }))
        {
            if (await connection.ExecuteAsync(new CommandDefinition(Insert, row, transaction, cancellationToken: cancellationToken)) == 1)
            {
                created++;
                await connection.ExecuteAsync(new CommandDefinition(QueueMail, row, transaction, cancellationToken: cancellationToken));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return created;
    }
}
