using Platform.Grains.Events;

namespace Platform.Host.Live;

/// <summary>
/// Sends each live signal, whichever host committed its change, to this host's connections: <see cref="LiveChange"/> to
/// those following the group (named by the journal entry's kind, key and seq, as a catch-up names it), and "notifications"
/// (no content) to each person told of something new, whose page re-fetches its unread count under its own cookie.
/// Who follows a group was checked on this host when the connection subscribed (<see cref="LiveSubscriptions"/>).
/// </summary>
internal sealed class LiveDelivery(LiveSubscriptions subscriptions, IHubContext<LiveHub> hub) : ILiveSignalSink
{
    public const string ChangedMethod = "changed";

    public const string NotificationsMethod = "notifications";

    public const string ResyncMethod = "resync";

    // No content: each page asks the hub's catch-up, which answers under that connection's own groups and access.
    public Task ResyncAsync(CancellationToken cancellationToken) => hub.Clients.All.SendAsync(ResyncMethod, cancellationToken);

    public async Task DeliverAsync(LiveSignal signal, CancellationToken cancellationToken)
    {
        if (signal.Group is { } groupId)
        {
            // Revocation first: the removed person's own connections must not receive even this change.
            if (signal.RemovedUserId is { } removed)
            {
                await subscriptions.RemoveUserAsync(removed, groupId, cancellationToken);
            }

            var change = new LiveChange(groupId, signal.Kind, signal.Key, signal.Seq);
            await hub.Clients.Group(LiveSubscriptions.GroupName(groupId)).SendAsync(ChangedMethod, change, cancellationToken);
        }

        if (!signal.Notify.IsEmpty)
        {
            await hub.Clients.Groups([.. signal.Notify.Select(LiveHub.UserGroup)]).SendAsync(NotificationsMethod, cancellationToken);
        }
    }
}
