namespace Platform.Grains.Notifications;

/// <summary>One person's notifications: the list by pages, the unread count for the navigation, marking read.</summary>
public sealed partial class NotificationQueries(Database database)
{
    private const string SelectUnreadCount = "SELECT COUNT(*) FROM notification WHERE user_id = @userId AND read_at IS NULL";

    /// <summary>Served by ix_notification_user_id_read_at: cheap enough for every page's navigation.</summary>
    public async Task<int> UnreadCountAsync(string userId, CancellationToken cancellationToken = default)
    {
        return await database.ExecuteScalarAsync<int>(SelectUnreadCount, new { userId }, cancellationToken);
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
        return await database.ExecuteAsync(UpdateRead, new { id, userId, now = StoredTime.Write(now) }, cancellationToken) == 1;
    }
}
