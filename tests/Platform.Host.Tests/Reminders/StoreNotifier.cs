using System.Collections.Concurrent;
using System.Text.Json;
using Dapper;
using Platform.Grains.Notifications;
using Platform.Grains.Storage;

namespace Platform.Host.Tests.Reminders;

/// <summary>
/// Test double of <see cref="INotifier"/> until the delivery slice is merged: one transaction per call, a notification
/// row per request unless that person has its dedupe key already. <see cref="FailNextCall"/> makes the next call fail
/// before anything is written, as a host stopped between "due" and "sent" would.
/// </summary>
internal sealed class StoreNotifier(Database database, TimeProvider time) : INotifier
{
    public bool FailNextCall { get; set; }

    public ConcurrentQueue<NotificationRequest> Requests { get; } = new();

    private const string Insert = """
        INSERT INTO notification (id, user_id, working_group_id, kind, message_key, arguments, link, created_at, dedupe_key)
        VALUES (@id, @userId, @groupId, @kind, @messageKey, @arguments, @link, @now, @dedupeKey)
        ON CONFLICT (user_id, dedupe_key) DO NOTHING
        """;

    public async Task<int> NotifyAsync(IReadOnlyList<NotificationRequest> requests, CancellationToken cancellationToken = default)
    {
        if (FailNextCall)
        {
            FailNextCall = false;
            throw new IOException("The host stopped before sending.");
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var created = await connection.ExecuteAsync(new CommandDefinition(Insert, requests.Select(r => new
        {
            id = Guid.NewGuid().ToString("D"),
            userId = r.UserId,
            groupId = r.WorkingGroupId?.ToString("D"),
            kind = EnumText.ToText(r.Kind),
            messageKey = r.MessageKey,
            arguments = JsonSerializer.Serialize(r.Arguments),
            link = r.Link,
            now = StoredTime.Write(time.GetUtcNow()),
            dedupeKey = r.DedupeKey,
        }), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        foreach (var request in requests)
        {
            Requests.Enqueue(request);
        }

        return created;
    }
}
