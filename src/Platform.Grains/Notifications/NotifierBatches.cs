namespace Platform.Grains.Notifications;

/// <summary>Many notifications through <see cref="INotifier"/> in bounded transactions, as every scan sends them.</summary>
public static class NotifierBatches
{
    public const int DefaultSize = 500;

    /// <summary>One <see cref="INotifier.NotifyAsync"/> (one transaction) per <paramref name="size"/> requests; returns how many were new.</summary>
    public static async Task<int> NotifyInBatchesAsync(this INotifier notifier, IEnumerable<NotificationRequest> requests, int size = DefaultSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notifier);
        ArgumentNullException.ThrowIfNull(requests);
        var created = 0;
        foreach (var batch in requests.Chunk(size))
        {
            created += await notifier.NotifyAsync(batch, cancellationToken);
        }

        return created;
    }
}
