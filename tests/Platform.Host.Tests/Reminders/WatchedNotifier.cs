using System.Collections.Concurrent;
using Platform.Grains.Notifications;

namespace Platform.Host.Tests.Reminders;

/// <summary>
/// Wraps the host's notifier: remembers what was
/// asked, and with <see cref="FailNextCall"/> fails the next call before anything is written, as a host stopped
/// between "due" and "sent" would.
/// </summary>
internal sealed class WatchedNotifier(INotifier inner) : INotifier
{
    public bool FailNextCall { get; set; }

    public ConcurrentQueue<NotificationRequest> Requests { get; } = new();

    public async Task<int> NotifyAsync(IReadOnlyList<NotificationRequest> requests, CancellationToken cancellationToken = default)
    {
        if (FailNextCall)
        {
            FailNextCall = false;
            throw new IOException("The host stopped before sending.");
        }

        var created = await inner.NotifyAsync(requests, cancellationToken);
        foreach (var request in requests)
        {
            Requests.Enqueue(request);
        }

        return created;
    }
}
