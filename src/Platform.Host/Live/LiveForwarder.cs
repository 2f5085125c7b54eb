using Microsoft.AspNetCore.SignalR;
using Platform.Grains.Events;
using Platform.Grains.Meetings;
using Platform.Grains.WorkingGroups;

namespace Platform.Host.Live;

/// <summary>
/// Forwards every committed group event to the connections following that group as <see cref="LiveChange"/>, named by
/// the identity the event carries (its journal entry's kind, key and seq), so a live event and a catch-up answer name a
/// change the same way.
/// </summary>
internal sealed class LiveForwarder(IEventBus events, LiveSubscriptions subscriptions, IHubContext<LiveHub> hub)
    : IHostedService, IDisposable
{
    public const string ChangedMethod = "changed";

    private IDisposable? subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Working groups, records, meetings, action items and commitments: every event a grain commits.
        subscription = events.Subscribe<JournalledEvent>(ForwardAsync);
        return Task.CompletedTask;
    }

    private async Task ForwardAsync(JournalledEvent domainEvent, CancellationToken cancellationToken)
    {
        // One change per series command, as before: the series' event follows its occurrences' and refreshes the same
        // fragments (a catch-up after a reconnection still lists each occurrence's entry from the journal).
        if (domainEvent is IOccurrenceEvent || domainEvent.Identity is not { WorkingGroupId: { } groupId } identity)
        {
            return;
        }

        // Revocation first: the removed person's own connections must not receive even this event.
        if (domainEvent is MemberRemoved removed)
        {
            await subscriptions.RemoveUserAsync(removed.UserId, groupId, cancellationToken);
        }

        var change = new LiveChange(groupId, identity.EntityKind, identity.EntityKey, identity.Seq);
        await hub.Clients.Group(LiveSubscriptions.GroupName(groupId)).SendAsync(ChangedMethod, change, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => Interlocked.Exchange(ref subscription, null)?.Dispose();
}
