namespace Platform.Grains.Notifications;

/// <summary>
/// Something to tell one person. <paramref name="MessageKey"/> and <paramref name="Arguments"/> are rendered in the
/// reader's language when shown (and in the recipient's language when mailed), never stored as finished text.
/// </summary>
public sealed record Notification(
    Guid Id,
    string UserId,
    Guid? WorkingGroupId,
    string Kind,
    string MessageKey,
    IReadOnlyList<string> Arguments,
    string? Link,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt);
