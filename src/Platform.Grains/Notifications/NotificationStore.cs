namespace Platform.Grains.Notifications;

/// <summary>Writes notifications inside the transaction of the change they announce, so none is lost or doubled.</summary>
public static class NotificationStore
{
    private const string InsertNotification = """
        INSERT INTO notification (id, user_id, working_group_id, kind, message_key, arguments, link, created_at, read_at)
        VALUES (@id, @userId, @groupId, @kind, @messageKey, @arguments, @link, @createdAt, NULL)
        """;

    public static StateWrite Insert(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return new(InsertNotification, new
        {
            id = notification.Id,
            userId = notification.UserId,
            groupId = notification.WorkingGroupId,
            kind = notification.Kind,
            messageKey = notification.MessageKey,
            arguments = JsonSerializer.Serialize(notification.Arguments),
            link = notification.Link,
            createdAt = StoredTime.Write(notification.CreatedAt),
        });
    }
}
