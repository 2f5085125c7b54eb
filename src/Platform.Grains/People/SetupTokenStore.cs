namespace Platform.Grains.People;

/// <summary>The first-run setup link: at most one live token, valid for a day, usable once.</summary>
public sealed class SetupTokenStore(Database database)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private const string DeleteUnused = "DELETE FROM setup_token WHERE used_at IS NULL";

    private const string Insert = """
        INSERT INTO setup_token (id, token_hash, created_at, expires_at)
        VALUES (@id, @hash, @createdAt, @expiresAt)
        """;

    /// <summary>Stores a new token hash and invalidates every earlier unused link in the same transaction.</summary>
    public async Task ReplaceAsync(string hash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(DeleteUnused, transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            Insert,
            new { id = Guid.NewGuid().ToString(), hash, createdAt = StoredTime.Write(now), expiresAt = StoredTime.Write(now + Lifetime) },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    private const string Select = "SELECT expires_at AS ExpiresAt, used_at AS UsedAt FROM setup_token WHERE token_hash = @hash";

    /// <summary>Says whether the link would work now, without using it up.</summary>
    public async Task<TokenCheck> CheckAsync(string hash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string ExpiresAt, string? UsedAt)?>(
            new CommandDefinition(Select, new { hash }, cancellationToken: cancellationToken));
        return row switch
        {
            null => TokenCheck.Unknown,
            { UsedAt: not null } => TokenCheck.Used,
            var r when StoredTime.Read(r.Value.ExpiresAt) <= now => TokenCheck.Expired,
            _ => TokenCheck.Valid,
        };
    }

    private const string MarkUsed = """
        UPDATE setup_token
        SET used_at = @now
        WHERE token_hash = @hash
          AND used_at IS NULL
          AND expires_at > @now
        """;

    /// <summary>Uses the link up; the check sits in the UPDATE so two concurrent posts cannot both win.</summary>
    public async Task<TokenCheck> ConsumeAsync(string hash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            var changed = await connection.ExecuteAsync(new CommandDefinition(MarkUsed, new { hash, now = StoredTime.Write(now) }, cancellationToken: cancellationToken));
            if (changed == 1)
            {
                return TokenCheck.Valid;
            }
        }

        var reason = await CheckAsync(hash, now, cancellationToken);
        return reason == TokenCheck.Valid ? TokenCheck.Used : reason;
    }
}
