using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Platform.Host.Live;

/// <summary>The one live-updates hub: a signed-in page follows the groups it may view and catches up after a reconnect.</summary>
/// <remarks>Deliberately thin: every decision (which groups, what changed) is made by <see cref="LiveSubscriptions"/>.</remarks>
[Authorize]
public sealed class LiveHub(LiveSubscriptions subscriptions) : Hub
{
    /// <summary>Follows those of <paramref name="groupIds"/> the caller may view; answers the ids actually followed.</summary>
    [HubMethodName("subscribe")]
    public Task<Guid[]> SubscribeAsync(Guid[] groupIds) =>
        subscriptions.SubscribeAsync(Context.ConnectionId, Context.UserIdentifier, groupIds, Context.ConnectionAborted);

    /// <summary>Keys changed after <paramref name="lastSeq"/> in the groups this connection still may follow.</summary>
    [HubMethodName("catchUp")]
    public Task<IReadOnlyList<LiveChange>> CatchUpAsync(long lastSeq) =>
        subscriptions.CatchUpAsync(Context.ConnectionId, Context.UserIdentifier, lastSeq, Context.ConnectionAborted);

    /// <summary>The SignalR group of one person's own connections (their unread count).</summary>
    public static string UserGroup(string userId) => $"user:{userId}";

    /// <summary>Every connection joins its own person's group; the id comes from the sign-in cookie, never from the client.</summary>
    public override async Task OnConnectedAsync()
    {
        if (Context.UserIdentifier is { Length: > 0 } userId)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, UserGroup(userId), Context.ConnectionAborted);
        }

        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        subscriptions.Forget(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}

/// <summary>What travels over the hub: which group, what kind of thing, which one, and the journal seq. Never content.</summary>
public sealed record LiveChange(Guid Group, string Kind, string Key, long Seq);
