using Platform.Grains.MeetingRecords;
using Platform.Grains.Notifications;

namespace Platform.Grains.Events;

/// <summary>
/// What a browser must hear of one committed change, and all that travels between hosts: which group's entity changed
/// (kind, key, journal seq), whose connections stop following the group first, and whose unread count to refresh.
/// Ids only, never content (a restricted note's text stays in the host that committed it).
/// </summary>
[GenerateSerializer, Immutable, Alias("rt.LiveSignal")]
public sealed record LiveSignal(Guid? Group, string Kind, string Key, long Seq, string? RemovedUserId, ImmutableArray<string> Notify)
{
    /// <summary>The signal for <paramref name="domainEvent"/>, or null when browsers need not hear of it.</summary>
    public static LiveSignal? From(object domainEvent) => domainEvent switch
    {
        NotificationsCreated created => Notifying(created.UserIds),

        // One change per series command: the series' event follows its occurrences' and refreshes the same fragments
        // (a catch-up after a reconnection still lists each occurrence's entry from the journal).
        IOccurrenceEvent => null,

        // An incident's or its settings' change reaches nobody through the group: see IncidentAudience.KeptKinds.
        JournalledEvent { Identity: { } kept } when IncidentAudience.KeptFromGroupFeeds(kept.EntityKind) => null,
        JournalledEvent { Identity: { WorkingGroupId: { } group } identity } journalled => new(
            group,
            identity.EntityKind,
            identity.EntityKey,
            identity.Seq,
            (journalled as MemberRemoved)?.UserId,
            journalled is RecordPublished published ? Distinct(published.Participants) : []),
        RecordPublished published => Notifying(published.Participants),
        _ => null,
    };

    private static LiveSignal? Notifying(IReadOnlyList<string> userIds) =>
        userIds.Count == 0 ? null : new(null, "", "", 0, null, Distinct(userIds));

    private static ImmutableArray<string> Distinct(IReadOnlyList<string> userIds) => [.. userIds.Distinct(StringComparer.Ordinal)];
}

/// <summary>Hands signals to this host's own connections (the live hub); the same path for local and remote changes.</summary>
public interface ILiveSignalSink
{
    Task DeliverAsync(LiveSignal signal, CancellationToken cancellationToken);

    /// <summary>
    /// Signals from other hosts may have been lost (a host left the cluster, and the fan-out with it, before this one
    /// noticed): every connection on this host asks the journal what it missed, as it does after a reconnect.
    /// </summary>
    Task ResyncAsync(CancellationToken cancellationToken);
}
