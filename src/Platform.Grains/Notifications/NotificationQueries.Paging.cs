namespace Platform.Grains.Notifications;

public sealed partial class NotificationQueries
{
    private const string SelectPage = """
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
          AND (@unreadOnly = FALSE OR read_at IS NULL)
        ORDER BY created_at DESC, id
        LIMIT @limit OFFSET @offset
        """;

    /// <summary>Page <paramref name="page"/> (from 1), newest first; <see cref="NotificationPage.HasMore"/> says whether a next page exists.</summary>
    public async Task<NotificationPage> PageAsync(string userId, bool unreadOnly, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<(Guid Id, string UserId, Guid? WorkingGroupId, string Kind, string MessageKey, string Arguments, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)>(
            new CommandDefinition(SelectPage, new { userId, unreadOnly, limit = pageSize + 1, offset = (page - 1) * pageSize }, cancellationToken: cancellationToken))).ToList();
        var items = rows.Take(pageSize).Select(r => new Notification(
            r.Id, r.UserId, r.WorkingGroupId, r.Kind, r.MessageKey,
            JsonSerializer.Deserialize<string[]>(r.Arguments) ?? [], r.Link, r.CreatedAt, r.ReadAt));
        return new NotificationPage([.. items], page, rows.Count > pageSize);
    }

    private const string UpdateAllRead = """
        UPDATE notification
        SET read_at = @now
        WHERE user_id = @userId
          AND read_at IS NULL
          AND created_at <= @now
        """;

    /// <summary>Marks every unread notification of <paramref name="userId"/> up to <paramref name="now"/> read; returns how many.</summary>
    public async Task<int> MarkAllReadAsync(string userId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        return await database.ExecuteAsync(UpdateAllRead, new { userId, now = StoredTime.Write(now) }, cancellationToken);
    }
}

/// <summary>One page of the notification centre.</summary>
public sealed record NotificationPage(IReadOnlyList<Notification> Items, int Page, bool HasMore);
