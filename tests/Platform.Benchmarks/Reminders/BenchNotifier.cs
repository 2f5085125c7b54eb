using System.Text.Json;
using Dapper;
using Platform.Grains.Notifications;
using Platform.Grains.Storage;

namespace Platform.Benchmarks.Reminders;

/// <summary>
/// Stands in for the delivery slice's notifier until it is merged: per call, one transaction writing each new
/// notification (deduplicated on user and key) and one queued mail row for it, which is the write pattern the contract
/// asks of the real one (it also renders the mail text from resources; this one stores the key).
/// </summary>
internal sealed class BenchNotifier(Database database, DateTimeOffset now) : INotifier
{
    private const string InsertNotification = """
        INSERT INTO notification (id, user_id, working_group_id, kind, message_key, arguments, link, created_at, dedupe_key)
        VALUES (@id, @userId, @groupId, @kind, @messageKey, @arguments, @link, @now, @dedupeKey)
        ON CONFLICT (user_id, dedupe_key) DO NOTHING
        """;

    private const string InsertMail = """
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
        foreach (var r in requests)
        {
            var row = new
            {
                id = Guid.NewGuid().ToString("D"),
                mailId = Guid.NewGuid().ToString("D"),
                userId = r.UserId,
                groupId = r.WorkingGroupId?.ToString("D"),
                kind = EnumText.ToText(r.Kind),
                messageKey = r.MessageKey,
                arguments = JsonSerializer.Serialize(r.Arguments),
                link = r.Link,
                now = StoredTime.Write(now),
                dedupeKey = r.DedupeKey,
            };
            if (await connection.ExecuteAsync(new CommandDefinition(InsertNotification, row, transaction, cancellationToken: cancellationToken)) == 1)
            {
                created++;
                await connection.ExecuteAsync(new CommandDefinition(InsertMail, row, transaction, cancellationToken: cancellationToken));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return created;
    }
}
