namespace Platform.Grains.Notifications;

/// <summary>
/// One thing to tell one person, once. <paramref name="DedupeKey"/> names the fact it announces
/// (e.g. <c>meeting-reminder:{meeting}:{minutes}:{starts_utc}</c>): the same person never gets two notifications
/// with the same key, whatever restarts or second hosts do. <paramref name="Arguments"/> are already formatted in
/// the recipient's language and time zone. <paramref name="MailBody"/>, when set, replaces the mail body the notifier would
/// compose from <c>{MessageKey}.Body</c> (the digest's long, pre-composed text); the link and preferences footer are still added.
/// <paramref name="MailSeparately"/>: the notifier queues no mail for it, because its mail goes out on its own path (a meeting
/// notice, whose mail carries the calendar file and honours the same preference).
/// </summary>
public sealed record NotificationRequest(
    string UserId,
    Guid? WorkingGroupId,
    NotificationKind Kind,
    string MessageKey,
    IReadOnlyList<string> Arguments,
    string? Link,
    string DedupeKey,
    string? MailBody = null,
    bool MailSeparately = false);

/// <summary>Writes notifications and, where the person wants e-mail for that kind, queues the mail in the same transaction.</summary>
public interface INotifier
{
    /// <summary>
    /// In one transaction per call: each request's notification unless that person already has its dedupe key,
    /// and for each new one a queued e-mail in the recipient's language when their preferences allow it.
    /// Returns how many notifications were new. Publishes one event naming the people who got something new.
    /// </summary>
    Task<int> NotifyAsync(IReadOnlyList<NotificationRequest> requests, CancellationToken cancellationToken = default);
}
