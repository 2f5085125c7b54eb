using Microsoft.AspNetCore.SignalR;
using Platform.Grains.Events;
using Platform.Grains.MeetingRecords;
using Platform.Grains.Notifications;

namespace Platform.Host.Live;

/// <summary>
/// Tells each person's own connections "notifications" (no content) when they got something new: from the notifier,
/// and from a published record, whose grain writes its participants' notifications in the publishing transaction.
/// The page then re-fetches its unread count under its own cookie.
/// </summary>
internal sealed class NotificationForwarder(IEventBus events, IHubContext<LiveHub> hub) : IHostedService, IDisposable
{
    public const string NotificationsMethod = "notifications";

    private IDisposable[] subscriptionHandles = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        subscriptionHandles =
        [
            events.Subscribe<NotificationsCreated>((e, ct) => TellAsync(e.UserIds, ct)),
            events.Subscribe<RecordPublished>((e, ct) => TellAsync(e.Participants, ct)),
        ];
        return Task.CompletedTask;
    }

    private Task TellAsync(IReadOnlyList<string> userIds, CancellationToken cancellationToken) =>
        userIds.Count == 0
            ? Task.CompletedTask
            : hub.Clients.Groups([.. userIds.Distinct(StringComparer.Ordinal).Select(LiveHub.UserGroup)]).SendAsync(NotificationsMethod, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        foreach (var handle in Interlocked.Exchange(ref subscriptionHandles, []))
        {
            handle.Dispose();
        }
    }
}
