using System.Collections.Concurrent;
using Platform.Grains.Access;

namespace Platform.Host.Live;

/// <summary>
/// Which connection follows which group, and whose it is. Group ids come from the client, so each one is checked with
/// <see cref="GroupAccess"/> before the connection joins its SignalR group; the registry lets a removal act at once.
/// </summary>
public sealed class LiveSubscriptions(GroupAccess access, JournalQueries journal, IHubContext<LiveHub> hub)
{
    // A page follows one or two groups; the cap keeps a hostile client from making us check thousands.
    private const int MaxGroupsPerCall = 20;

    private const int MaxChanges = 200;

    private readonly ConcurrentDictionary<string, Follower> followers = new(StringComparer.Ordinal);

    public static string GroupName(Guid groupId) => $"wg:{groupId:D}";

    public async Task<Guid[]> SubscribeAsync(string connectionId, string? userId, Guid[] groupIds, CancellationToken cancellationToken)
    {
        var follower = followers.GetOrAdd(connectionId, _ => new Follower(userId ?? ""));
        var allowed = new List<Guid>();
        foreach (var groupId in groupIds.Distinct().Take(MaxGroupsPerCall))
        {
            if (userId is not null && await access.CanAsync(userId, groupId, GroupAction.View, cancellationToken))
            {
                follower.Groups[groupId] = true;
                await hub.Groups.AddToGroupAsync(connectionId, GroupName(groupId), cancellationToken);
                allowed.Add(groupId);
            }
        }

        return [.. allowed];
    }

    public async Task<IReadOnlyList<LiveChange>> CatchUpAsync(string connectionId, string? userId, long lastSeq, CancellationToken cancellationToken)
    {
        if (!followers.TryGetValue(connectionId, out var follower))
        {
            return [];
        }

        var changes = new List<LiveChange>();
        foreach (var groupId in follower.Groups.Keys)
        {
            // Access may have ended while the client was away: check again, and stop following if so.
            if (userId is null || !await access.CanAsync(userId, groupId, GroupAction.View, cancellationToken))
            {
                await LeaveAsync(connectionId, follower, groupId, cancellationToken);
                continue;
            }

            var entries = await journal.ReadAfterAsync(groupId, lastSeq, MaxChanges, cancellationToken);
            changes.AddRange(entries
                .Where(e => !Platform.Grains.Incidents.IncidentAudience.KeptFromGroupFeeds(e.EntityKind))
                .Select(e => new LiveChange(groupId, e.EntityKind, e.EntityKey, e.Seq)));
        }

        return changes;
    }

    /// <summary>Every connection of <paramref name="userId"/> stops following <paramref name="groupId"/> now.</summary>
    public async Task RemoveUserAsync(string userId, Guid groupId, CancellationToken cancellationToken)
    {
        foreach (var (connectionId, follower) in followers)
        {
            if (follower.UserId == userId && follower.Groups.ContainsKey(groupId))
            {
                await LeaveAsync(connectionId, follower, groupId, cancellationToken);
            }
        }
    }

    public void Forget(string connectionId) => followers.TryRemove(connectionId, out _);

    private async Task LeaveAsync(string connectionId, Follower follower, Guid groupId, CancellationToken cancellationToken)
    {
        follower.Groups.TryRemove(groupId, out _);
        await hub.Groups.RemoveFromGroupAsync(connectionId, GroupName(groupId), cancellationToken);
    }

    private sealed record Follower(string UserId)
    {
        public ConcurrentDictionary<Guid, bool> Groups { get; } = new();
    }
}
