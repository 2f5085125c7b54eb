namespace Platform.Grains.Calendar;

/// <summary>
/// Personal calendar feed tokens: at most one live per person, stored only as a SHA-256 hash. The token itself is
/// returned once, to be shown once; it is never logged or journalled.
/// </summary>
public sealed class CalendarSubscriptionStore(Database database, JournalWriter journal, TimeProvider time)
{
    // Journal entries are keyed by the person (an opaque id), so a person's feed history reads as one entity.
    private const string EntityKind = "calendar_subscription";

    private const string RevokeLive = """
        UPDATE calendar_subscription
        SET revoked_at = @now
        WHERE user_id = @userId
          AND revoked_at IS NULL
        """;

    private const string Insert = """
        INSERT INTO calendar_subscription (
            id,
            user_id,
            token_hash,
            created_at)
        VALUES (
            @id,
            @userId,
            @hash,
            @now)
        """;

    /// <summary>Creates a new feed token for <paramref name="userId"/>, revoking any earlier one in the same transaction.</summary>
    public async Task<OneTimeToken> CreateAsync(string userId, CancellationToken cancellationToken = default)
    {
        var token = OneTimeToken.Create();
        var id = Guid.NewGuid();
        var now = StoredTime.Write(time.GetUtcNow());
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var revoked = await connection.ExecuteAsync(new CommandDefinition(RevokeLive, new { userId, now }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(Insert, new { id = id.ToString(), userId, hash = token.Hash, now }, transaction, cancellationToken: cancellationToken));
        var action = revoked > 0 ? "regenerated" : "created";
        await journal.AppendAsync(connection, transaction, new NewJournalEntry(null, EntityKind, userId, action, userId, $"Calendar subscription {action}"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return token;
    }

    /// <summary>Revokes the live token of <paramref name="userId"/>; false when there was none.</summary>
    public async Task<bool> RevokeAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var revoked = await connection.ExecuteAsync(
            new CommandDefinition(RevokeLive, new { userId, now = StoredTime.Write(time.GetUtcNow()) }, transaction, cancellationToken: cancellationToken));
        if (revoked == 0)
        {
            return false;
        }

        await journal.AppendAsync(connection, transaction, new NewJournalEntry(null, EntityKind, userId, "revoked", userId, "Calendar subscription revoked"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private const string SelectLiveSince = """
        SELECT created_at
        FROM calendar_subscription
        WHERE user_id = @userId
          AND revoked_at IS NULL
        """;

    /// <summary>When the live token of <paramref name="userId"/> was created, or null when there is none.</summary>
    public async Task<DateTimeOffset?> LiveSinceAsync(string userId, CancellationToken cancellationToken = default)
    {
        var createdAt = await database.QuerySingleOrDefaultAsync<string?>(SelectLiveSince, new { userId }, cancellationToken);
        return StoredTime.ReadOptional(createdAt);
    }

    private const string SelectOwner = """
        SELECT user_id
        FROM calendar_subscription
        WHERE token_hash = @hash
          AND revoked_at IS NULL
        """;

    /// <summary>The person whose live token this is, or null for an unknown or revoked token.</summary>
    public async Task<string?> OwnerAsync(string token, CancellationToken cancellationToken = default)
    {
        return await database.QuerySingleOrDefaultAsync<string?>(SelectOwner, new { hash = OneTimeToken.HashOf(token) }, cancellationToken);
    }
}
