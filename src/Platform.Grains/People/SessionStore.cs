namespace Platform.Grains.People;

/// <summary>
/// Server-side sign-in sessions: the database, not a host's memory, says whether a cookie still works, so ending a
/// session takes effect at once on every host that shares the database. Session ids are random; only hashes are stored.
/// </summary>
public sealed class SessionStore(Database database, TimeProvider time)
{
    /// <summary>How stale last_seen_at may get before a request rewrites it: reads stay reads.</summary>
    public static readonly TimeSpan SeenGranularity = TimeSpan.FromMinutes(15);

    private const string PurgeUnseen = "DELETE FROM user_session WHERE last_seen_at < @cutoff";

    private const string Insert = """
        INSERT INTO user_session (id_hash, user_id, created_at, last_seen_at, device)
        VALUES (@hash, @userId, @now, @now, @device)
        """;

    private const string MarkSignedIn = "UPDATE user_account SET last_signed_in_at = @now WHERE id = @userId";

    /// <summary>
    /// Starts a session for <paramref name="userId"/> and returns its id (for the cookie only); records the sign-in time on
    /// the account; purges sessions unseen for longer than <paramref name="lifetime"/>. <paramref name="device"/> is a
    /// <see cref="DeviceDescription"/>, never a raw header.
    /// </summary>
    public async Task<string> StartAsync(string userId, TimeSpan lifetime, string? device = null, CancellationToken cancellationToken = default)
    {
        var token = OneTimeToken.Create();
        var now = time.GetUtcNow();
        using var turn = await database.WaitToWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var cutoff = StoredTime.Write(now - lifetime - SeenGranularity);
        await connection.ExecuteAsync(new CommandDefinition(PurgeUnseen, new { cutoff }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            Insert, new { hash = token.Hash, userId, now = StoredTime.Write(now), device }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            MarkSignedIn, new { userId, now = StoredTime.Write(now) }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return token.Value;
    }

    private const string Select = """
        SELECT s.user_id AS UserId,
               s.last_seen_at AS LastSeenAt,
               u.security_stamp AS SecurityStamp,
               u.deactivated_at AS DeactivatedAt
        FROM user_session s
        JOIN user_account u ON u.id = s.user_id
        WHERE s.id_hash = @hash
        """;

    /// <summary>
    /// True while the session exists, belongs to <paramref name="userId"/> and the account's security stamp is still
    /// <paramref name="securityStamp"/>, and the account is not deactivated. A session whose stamp has moved on, or whose
    /// account was deactivated, is deleted: it can never be valid again (deactivating deletes every session anyway; this
    /// also covers a session started by a sign-in that raced the deactivation).
    /// </summary>
    public async Task<bool> IsCurrentAsync(string sessionId, string userId, string? securityStamp, CancellationToken cancellationToken = default)
    {
        var hash = OneTimeToken.HashOf(sessionId);
        SessionRow? row;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            row = await connection.QuerySingleOrDefaultAsync<SessionRow>(new CommandDefinition(Select, new { hash }, cancellationToken: cancellationToken));
        }

        if (row is null || row.UserId != userId)
        {
            return false;
        }

        if (!string.Equals(row.SecurityStamp, securityStamp, StringComparison.Ordinal) || row.DeactivatedAt is not null)
        {
            await EndAsync(sessionId, cancellationToken);
            return false;
        }

        var now = time.GetUtcNow();
        if (row.LastSeenAt < now - SeenGranularity)
        {
            await TouchAsync(hash, now, cancellationToken);
        }

        return true;
    }

    private const string Touch = "UPDATE user_session SET last_seen_at = @now WHERE id_hash = @hash";

    private async Task TouchAsync(string hash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var turn = await database.WaitToWriteAsync(cancellationToken);
        await database.ExecuteAsync(Touch, new { hash, now = StoredTime.Write(now) }, cancellationToken);
    }

    private const string Delete = "DELETE FROM user_session WHERE id_hash = @hash";

    /// <summary>Ends one session (sign-out): every copy of its cookie is refused from the next request on.</summary>
    public async Task EndAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        using var turn = await database.WaitToWriteAsync(cancellationToken);
        await database.ExecuteAsync(Delete, new { hash = OneTimeToken.HashOf(sessionId) }, cancellationToken);
    }

    private const string SelectMany = """
        SELECT s.id_hash AS IdHash,
               s.user_id AS UserId,
               u.security_stamp AS SecurityStamp
        FROM user_session s
        JOIN user_account u ON u.id = s.user_id
        WHERE s.id_hash IN @hashes
        """;

    /// <summary>
    /// Those of <paramref name="sessions"/> (session id, the user and security stamp a connection was opened with) that are
    /// no longer current by the rule of <see cref="IsCurrentAsync"/>: one query for a whole host's live connections.
    /// </summary>
    /// <remarks>One session may appear with two stamps (a tab opened before this device changed its password): each is judged.</remarks>
    public async Task<IReadOnlySet<(string SessionId, string UserId, string? SecurityStamp)>> EndedAsync(
        IReadOnlyCollection<(string SessionId, string UserId, string? SecurityStamp)> sessions, CancellationToken cancellationToken = default)
    {
        if (sessions.Count == 0)
        {
            return new HashSet<(string, string, string?)>();
        }

        var hashes = sessions.Select(s => s.SessionId).Distinct(StringComparer.Ordinal).ToDictionary(OneTimeToken.HashOf, StringComparer.Ordinal);
        Dictionary<string, LiveRow> current;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            var rows = await connection.QueryAsync<LiveRow>(new CommandDefinition(SqlDialects.Of(connection).Lists(SelectMany), new { hashes = hashes.Keys.ToArray() }, cancellationToken: cancellationToken));
            current = rows.ToDictionary(r => hashes[r.IdHash], StringComparer.Ordinal);
        }

        return sessions
            .Where(s => !current.TryGetValue(s.SessionId, out var row)
                || row.UserId != s.UserId || !string.Equals(row.SecurityStamp, s.SecurityStamp, StringComparison.Ordinal))
            .ToHashSet();
    }

    private sealed record LiveRow(string IdHash, string UserId, string SecurityStamp);

    private sealed record SessionRow(string UserId, DateTimeOffset LastSeenAt, string SecurityStamp, string? DeactivatedAt);
}
