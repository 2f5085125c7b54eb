namespace Platform.Messages.Notifications;

/// <summary>
/// The weekly digest: everyone whose digest is due (<see cref="DigestSchedule"/>) and who has not had this week's gets
/// one, written in their language and zone, through <see cref="INotifier"/> (dedupe key <c>digest:{yyyy}-W{ww}</c>, so a
/// restart or a second host never sends two). People with nothing to report get nothing that week.
/// </summary>
public sealed class DigestScan(DigestQueries queries, DigestComposer composer, INotifier notifier)
{
    public const string MessageKey = "Digest.Weekly";

    private const int BatchSize = 100;

    /// <summary>Sends the digests due at <paramref name="now"/>; returns how many were new.</summary>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var recent = await queries.RecentDigestsAsync(now.AddDays(-15), cancellationToken);
        var digests = new List<NotificationRequest>();
        foreach (var subscriber in await queries.SubscribersAsync(cancellationToken))
        {
            var due = DigestSchedule.Due(subscriber.TimeZone, subscriber.Weekday, subscriber.Hour, now);
            var earlier = recent[subscriber.UserId].ToList();
            if (due is null || earlier.Exists(d => d.DedupeKey == due.DedupeKey))
            {
                continue;
            }

            // Since the last digest, or a week back for the first one.
            var since = earlier.Count == 0 ? now.AddDays(-7) : earlier.Max(d => d.CreatedAt);
            var content = await queries.ContentAsync(subscriber.UserId, since, now, cancellationToken);
            if (content.IsEmpty)
            {
                continue;
            }

            var body = composer.Body(subscriber, content);
            digests.Add(new NotificationRequest(subscriber.UserId, null, NotificationKind.Digest, MessageKey, [due.Week], "/", due.DedupeKey, body));
        }

        return await notifier.NotifyInBatchesAsync(digests, BatchSize, cancellationToken);
    }
}
