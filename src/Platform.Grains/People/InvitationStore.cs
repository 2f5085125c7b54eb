namespace Platform.Grains.People;

/// <summary>Invitations, looked up by the hash of their link token.</summary>
public sealed class InvitationStore(Database database)
{
    private const string Insert = """
        INSERT INTO invitation (id, token_hash, email, role, preferred_language, invited_by, created_at, expires_at)
        VALUES (@Id, @TokenHash, @Email, @Role, @PreferredLanguage, @InvitedBy, @CreatedAt, @ExpiresAt)
        """;

    public async Task CreateAsync(Invitation invitation, string tokenHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await CreateAsync(connection, null, invitation, tokenHash, cancellationToken);
    }

    /// <summary>Inserts within the caller's transaction, for invitations that carry more (a seat in a working group).</summary>
    public static async Task CreateAsync(DbConnection connection, DbTransaction? transaction, Invitation invitation, string tokenHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(invitation);
        await connection.ExecuteAsync(new CommandDefinition(
            Insert,
            new
            {
                invitation.Id,
                TokenHash = tokenHash,
                invitation.Email,
                invitation.Role,
                invitation.PreferredLanguage,
                invitation.InvitedBy,
                CreatedAt = StoredTime.Write(invitation.CreatedAt),
                ExpiresAt = StoredTime.Write(invitation.ExpiresAt),
            },
            transaction,
            cancellationToken: cancellationToken));
    }

    private const string SelectByHash = """
        SELECT id AS Id,
               email AS Email,
               role AS Role,
               preferred_language AS PreferredLanguage,
               invited_by AS InvitedBy,
               created_at AS CreatedAt,
               expires_at AS ExpiresAt,
               used_at AS UsedAt
        FROM invitation
        WHERE token_hash = @tokenHash
        """;

    public async Task<Invitation?> FindAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        var row = await database.QuerySingleOrDefaultAsync<InvitationRow>(SelectByHash, new { tokenHash }, cancellationToken);
        return row is null
            ? null
            : new Invitation(row.Id, row.Email, row.Role, row.PreferredLanguage, row.InvitedBy, row.CreatedAt, row.ExpiresAt, row.UsedAt);
    }

    private const string MarkUsed = """
        UPDATE invitation
        SET used_at = @now
        WHERE id = @id
          AND used_at IS NULL
          AND expires_at > @now
        """;

    /// <summary>Uses the invitation up; false when it was already used or has expired meanwhile.</summary>
    public async Task<bool> ConsumeAsync(string id, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        return await database.ExecuteAsync(MarkUsed, new { id, now = StoredTime.Write(now) }, cancellationToken) == 1;
    }

    private sealed class InvitationRow
    {
        public string Id { get; set; } = "";
        public string Email { get; set; } = "";
        public string? Role { get; set; }
        public string PreferredLanguage { get; set; } = "";
        public string InvitedBy { get; set; } = "";
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset ExpiresAt { get; set; }
        public DateTimeOffset? UsedAt { get; set; }
    }
}
