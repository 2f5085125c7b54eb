using Microsoft.AspNetCore.SignalR;
using Platform.Grains.ActionItems;
using Platform.Grains.Commitments;
using Platform.Grains.Journal;
using Platform.Grains.Meetings;
using Platform.Grains.Runtime;
using Platform.Grains.WorkingGroups;

namespace Platform.Host.Live;

/// <summary>
/// Forwards every committed group event to the connections following that group as <see cref="LiveChange"/>: kind and
/// key come from the event's journal entry (<see cref="PublishingEntry"/>, or read back when absent), so a live event
/// and a catch-up answer name a change the same way.
/// </summary>
internal sealed class LiveForwarder(IEventBus events, JournalQueries journal, LiveSubscriptions subscriptions, IHubContext<LiveHub> hub)
    : IHostedService, IDisposable
{
    public const string ChangedMethod = "changed";

    private IDisposable[] subscriptionHandles = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Record events are working-group events too; meetings, action items and commitments are their own families.
        subscriptionHandles =
        [
            events.Subscribe<IWorkingGroupEvent>((e, ct) => ForwardAsync(e, e.GroupId, e.Seq, ct)),
            events.Subscribe<IMeetingEvent>((e, ct) => ForwardAsync(e, e.GroupId, e.Seq, ct)),
            events.Subscribe<IActionItemEvent>((e, ct) => ForwardAsync(e, e.GroupId, e.Seq, ct)),
            events.Subscribe<ICommitmentEvent>((e, ct) => ForwardAsync(e, e.GroupId, e.Seq, ct)),
        ];
        return Task.CompletedTask;
    }

    private async Task ForwardAsync(object domainEvent, Guid groupId, long seq, CancellationToken cancellationToken)
    {
        // One change per series command, as before: the series' event follows its occurrences' and refreshes the same
        // fragments (a catch-up after a reconnection still lists each occurrence's entry from the journal).
        if (domainEvent is IOccurrenceEvent)
        {
            return;
        }

        // Revocation first: the removed person's own connections must not receive even this event.
        if (domainEvent is MemberRemoved removed)
        {
            await subscriptions.RemoveUserAsync(removed.UserId, groupId, cancellationToken);
        }

        // The entry being published is at hand (no database read inside the grain's turn); reading it back is the fallback.
        var entry = PublishingEntry.Current is { } published && published.Seq == seq && published.WorkingGroupId == groupId
            ? published
            : (await journal.ReadAfterAsync(groupId, seq - 1, 1, cancellationToken)).FirstOrDefault(e => e.Seq == seq);
        if (entry is null)
        {
            return;
        }

        var change = new LiveChange(groupId, entry.EntityKind, entry.EntityKey, seq);
        await hub.Clients.Group(LiveSubscriptions.GroupName(groupId)).SendAsync(ChangedMethod, change, cancellationToken);
    }

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
