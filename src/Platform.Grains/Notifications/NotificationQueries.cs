using System.Text.Json;
using Platform.Grains.Storage;

namespace Platform.Grains.Notifications;

/// <summary>One person's notifications: the list, the unread count for the navigation, marking one read.</summary>
public sealed partial class NotificationQueries(Database database)
{
    private const string SelectMine = """
        SELECT id AS Id,
               user_id AS UserId,
               working_group_id AS WorkingGroupId,
               kind AS Kind,
               message_key AS MessageKey,
               arguments AS Arguments,
               link AS Link,
               created_at AS CreatedAt,
               read_at AS ReadAt
        FROM notification
        WHERE user_id = @userId
        ORDER BY created_at DESC, id
        LIMIT @limit
        """;

    /// <summary>Newest first.</summary>
    public async Task<IReadOnlyList<Notification>> MineAsync(string userId, int limit = 100, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Id, string UserId, string? WorkingGroupId, string Kind, string MessageKey, string Arguments, string? Link, string CreatedAt, string? ReadAt)>(
            new CommandDefinition(SelectMine, new { userId, limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new Notification(
            Guid.Parse(r.Id), r.UserId, r.WorkingGroupId is null ? null : Guid.Parse(r.WorkingGroupId), r.Kind, r.MessageKey,
            JsonSerializer.Deserialize<string[]>(r.Arguments) ?? [], r.Link, StoredTime.Read(r.CreatedAt), StoredTime.ReadOptional(r.ReadAt)))];
    }

    private const string SelectUnreadCount = "SELECT COUNT(*) FROM notification WHERE user_id = @userId AND read_at IS NULL";

    /// <summary>Served by ix_notification_user_id_read_at: cheap enough for every page's navigation.</summary>
    public async Task<int> UnreadCountAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(SelectUnreadCount, new { userId }, cancellationToken: cancellationToken));
    }

    // Personal reading state, not a change to the group's affairs: it is not journalled (the journal is the group's audit trail).
    private const string UpdateRead = """
        UPDATE notification
        SET read_at = @now
        WHERE id = @id
          AND user_id = @userId
          AND read_at IS NULL
        """;

    /// <summary>Marks one of <paramref name="userId"/>'s own notifications read; someone else's id changes nothing.</summary>
    public async Task<bool> MarkReadAsync(string userId, Guid id, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            UpdateRead, new { id = id.ToString("D"), userId, now = StoredTime.Write(now) }, cancellationToken: cancellationToken)) == 1;
    }
}
