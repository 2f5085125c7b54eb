using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace Platform.Host.Live;

/// <summary>
/// This host's open hub connections and the sign-in session each was opened under. A connection outlives the request
/// that opened it, so ending a session (sign-out, password change or reset, access ended) must also end its connections:
/// <see cref="SweepAsync"/> asks the database, once for all of them, and aborts those whose session is over.
/// </summary>
public sealed class LiveSessions(SessionStore sessions, IOptions<IdentityOptions> identity, ILogger<LiveSessions> logger)
{
    private readonly ConcurrentDictionary<string, Entry> connections = new(StringComparer.Ordinal);

    /// <summary>Remembers <paramref name="context"/> under the session its cookie was validated with; false (and aborted) without one.</summary>
    public bool Register(HubCallerContext context)
    {
        var claims = identity.Value.ClaimsIdentity;
        if (context.GetHttpContext()?.Items[SessionCookieEvents.SessionItem] is not string sessionId
            || context.User?.FindFirstValue(claims.UserIdClaimType) is not { } userId)
        {
            context.Abort();
            return false;
        }

        connections[context.ConnectionId] = new Entry(context, sessionId, userId, context.User.FindFirstValue(claims.SecurityStampClaimType));
        return true;
    }

    public void Forget(string connectionId) => connections.TryRemove(connectionId, out _);

    /// <summary>True while the connection's session is still current; otherwise the connection is aborted.</summary>
    public async Task<bool> IsCurrentAsync(HubCallerContext context, CancellationToken cancellationToken)
    {
        if (connections.TryGetValue(context.ConnectionId, out var entry)
            && await sessions.IsCurrentAsync(entry.SessionId, entry.UserId, entry.SecurityStamp, cancellationToken))
        {
            return true;
        }

        context.Abort();
        return false;
    }

    /// <summary>Aborts every connection whose session has ended or whose account's security stamp has moved on.</summary>
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var open = connections.Values.ToArray();
        if (open.Length == 0)
        {
            return;
        }

        var ended = await sessions.EndedAsync([.. open.Select(e => (e.SessionId, e.UserId, e.SecurityStamp))], cancellationToken);
        var aborted = 0;
        foreach (var entry in open.Where(e => ended.Contains((e.SessionId, e.UserId, e.SecurityStamp))))
        {
            Forget(entry.Context.ConnectionId);
            entry.Context.Abort();
            aborted++;
        }

        if (aborted > 0)
        {
            logger.LogInformation("Closed {Count} live connections whose sign-in session had ended", aborted);
        }
    }

    private sealed record Entry(HubCallerContext Context, string SessionId, string UserId, string? SecurityStamp);
}
