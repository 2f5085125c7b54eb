namespace Platform.Grains.Notifications;

/// <summary>Published after commit by the notifier: these people have something new (the live unread count listens).</summary>
public sealed record NotificationsCreated(IReadOnlyList<string> UserIds);
