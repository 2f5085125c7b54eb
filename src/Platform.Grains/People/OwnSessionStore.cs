namespace Platform.Grains.People;

/// <summary>One of a person's own sessions as their sessions page shows it: never the stored hash, only a handle derived from it.</summary>
public sealed record OwnSession(string Handle, string? Device, DateTimeOffset StartedAt, DateTimeOffset LastSeenAt, bool IsCurrent);

/// <summary>
/// A person's own sign-in sessions: where they are signed in, and ending those on other devices. Every query is bound to
/// the person's user id, so a handle from someone else's list ends nothing. Each ending is journalled with its actor in the
/// transaction that deletes the rows; the deleted row is what refuses the ended cookie (<see cref="SessionStore.IsCurrentAsync"/>)
/// and closes its live connections (<see cref="SessionStore.EndedAsync"/>).
/// </summary>
public sealed class OwnSessionStore(Database database, JournalWriter journal)
{
    private const string EntityKind = "account";

    /// <summary>
    /// The name a page uses for a session: a one-way hash of the stored hash under its own label, so the stored value
    /// (and with it anything that could be matched against the sessions table) never reaches a page.
    /// </summary>
    public static string HandleOf(string idHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("rt.session-handle:" + idHash)))[..32];

    private const string SelectOwn = """
        SELECT id_hash AS IdHash,
               device AS Device,
               created_at AS CreatedAt,
               last_seen_at AS LastSeenAt
        FROM user_session
        WHERE user_id = @userId
        ORDER BY last_seen_at DESC, created_at DESC
        """;

    /// <summary>The sessions of <paramref name="userId"/>, most recently seen first; the one carrying <paramref name="currentSessionId"/> is marked.</summary>
    public async Task<IReadOnlyList<OwnSession>> ListAsync(string userId, string? currentSessionId, CancellationToken cancellationToken = default)
    {
        var current = currentSessionId is null ? null : OneTimeToken.HashOf(currentSessionId);
        var rows = await database.QueryAsync<OwnRow>(SelectOwn, new { userId }, cancellationToken);
        return [.. rows.Select(r => new OwnSession(
            HandleOf(r.IdHash), r.Device, r.CreatedAt, r.LastSeenAt, r.IdHash == current))];
    }

    private const string SelectHashes = "SELECT id_hash FROM user_session WHERE user_id = @userId";

    private const string DeleteOne = "DELETE FROM user_session WHERE id_hash = @hash AND user_id = @userId";

    /// <summary>
    /// Ends the session of <paramref name="userId"/> named <paramref name="handle"/>, unless it is the current one (that is
    /// signing out). False when no other session of theirs has that handle: already ended, or someone else's.
    /// </summary>
    public async Task<bool> EndOtherAsync(string userId, string handle, string? currentSessionId, CancellationToken cancellationToken = default)
    {
        var current = currentSessionId is null ? null : OneTimeToken.HashOf(currentSessionId);
        using var turn = await database.WaitToWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var hashes = await connection.QueryAsync<string>(new CommandDefinition(SelectHashes, new { userId }, transaction, cancellationToken: cancellationToken));
        var hash = hashes.FirstOrDefault(h => h != current && string.Equals(HandleOf(h), handle, StringComparison.Ordinal));
        if (hash is null
            || await connection.ExecuteAsync(new CommandDefinition(DeleteOne, new { hash, userId }, transaction, cancellationToken: cancellationToken)) == 0)
        {
            return false;
        }

        await journal.AppendAsync(connection, transaction, new NewJournalEntry(null, EntityKind, userId, "account.session_ended", userId, "Signed out one other device"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private const string DeleteOthers = "DELETE FROM user_session WHERE user_id = @userId AND id_hash <> @current";

    /// <summary>Ends every session of <paramref name="userId"/> but the current one; returns how many ended.</summary>
    public async Task<int> EndOthersAsync(string userId, string currentSessionId, CancellationToken cancellationToken = default)
    {
        var current = OneTimeToken.HashOf(currentSessionId);
        using var turn = await database.WaitToWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var ended = await connection.ExecuteAsync(new CommandDefinition(DeleteOthers, new { userId, current }, transaction, cancellationToken: cancellationToken));
        if (ended == 0)
        {
            return 0;
        }

        await journal.AppendAsync(
            connection, transaction, new NewJournalEntry(null, EntityKind, userId, "account.other_sessions_ended", userId, $"Signed out {ended} other device(s)"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ended;
    }

    private sealed record OwnRow(string IdHash, string? Device, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt);
}
