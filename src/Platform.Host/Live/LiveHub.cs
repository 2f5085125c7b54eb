namespace Platform.Host.Live;

/// <summary>The one live-updates hub: a signed-in page follows the groups it may view and catches up after a reconnect.</summary>
/// <remarks>Deliberately thin: every decision (which groups, what changed) is made by <see cref="LiveSubscriptions"/>.
/// A connection lives only as long as the sign-in session it was opened under (<see cref="LiveSessions"/>).</remarks>
[Authorize]
public sealed class LiveHub(LiveSubscriptions subscriptions, LiveSessions sessions) : Hub
{
    /// <summary>Follows those of <paramref name="groupIds"/> the caller may view; answers the ids actually followed.</summary>
    [HubMethodName("subscribe")]
    public async Task<Guid[]> SubscribeAsync(Guid[] groupIds)
    {
        await EnsureSessionAsync();
        return await subscriptions.SubscribeAsync(Context.ConnectionId, Context.UserIdentifier, groupIds, Context.ConnectionAborted);
    }

    /// <summary>Keys changed after <paramref name="lastSeq"/> in the groups this connection still may follow.</summary>
    [HubMethodName("catchUp")]
    public async Task<IReadOnlyList<LiveChange>> CatchUpAsync(long lastSeq)
    {
        await EnsureSessionAsync();
        return await subscriptions.CatchUpAsync(Context.ConnectionId, Context.UserIdentifier, lastSeq, Context.ConnectionAborted);
    }

    /// <summary>A call on a connection whose session has ended (before the next sweep closes it) is refused and the connection closed.</summary>
    private async Task EnsureSessionAsync()
    {
        if (!await sessions.IsCurrentAsync(Context, Context.ConnectionAborted))
        {
            throw new HubException("The sign-in session has ended.");
        }
    }

    /// <summary>The SignalR group of one person's own connections (their unread count).</summary>
    public static string UserGroup(string userId) => $"user:{userId}";

    /// <summary>Every connection joins its own person's group; the id comes from the sign-in cookie, never from the client.</summary>
    public override async Task OnConnectedAsync()
    {
        if (!sessions.Register(Context))
        {
            return;
        }

        if (Context.UserIdentifier is { Length: > 0 } userId)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, UserGroup(userId), Context.ConnectionAborted);
        }

        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        subscriptions.Forget(Context.ConnectionId);
        sessions.Forget(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}

/// <summary>What travels over the hub: which group, what kind of thing, which one, and the journal seq. Never content.</summary>
public sealed record LiveChange(Guid Group, string Kind, string Key, long Seq);
