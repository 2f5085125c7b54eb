namespace Platform.Grains.People;

/// <summary>An invitation not yet used nor expired, as administrators see it; the seat's group when it offers one.</summary>
public sealed record PendingInvitation(
    string Id,
    string Email,
    string? Role,
    string PreferredLanguage,
    string InvitedBy,
    DateTimeOffset ExpiresAt,
    Guid? GroupId,
    string? GroupName,
    string? SeatRole,
    string? OrganisationName);

/// <summary>
/// Administrators' handling of invitations still waiting: resending (a new link; the old one stops working, the seat an
/// invitation offers stays with it) and revoking (the link stops working). Each change commits with its journal entry,
/// which names the administrator and, for a seat invitation, carries the group (never the address).
/// </summary>
public sealed class PendingInvitations(Database database, JournalWriter journal, TimeProvider time)
{
    private const string EntityKind = "invitation";

    private const string SelectPending = """
        SELECT i.id AS Id,
               i.email AS Email,
               i.role AS Role,
               i.preferred_language AS PreferredLanguage,
               i.invited_by AS InvitedBy,
               i.expires_at AS ExpiresAt,
               g.id AS GroupId,
               g.name AS GroupName,
               s.role AS SeatRole,
               o.name AS OrganisationName
        FROM invitation i
        LEFT JOIN invitation_membership s ON s.invitation_id = i.id
        LEFT JOIN working_group g ON g.id = s.working_group_id
        LEFT JOIN organisation o ON o.id = s.organisation_id
        WHERE i.used_at IS NULL
          AND i.expires_at > @now
        ORDER BY i.expires_at, i.id
        LIMIT @limit
        """;

    /// <summary>Invitations that can still be used, those expiring first first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<PendingInvitation>> ListAsync(int limit = 100, CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync<PendingRow>(SelectPending, new { now = StoredTime.Write(time.GetUtcNow()), limit }, cancellationToken);
        return [.. rows.Select(r => r.ToPending())];
    }

    /// <summary>One pending invitation, or null when it was used, expired, revoked or never existed.</summary>
    public async Task<PendingInvitation?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        (await ListAsync(int.MaxValue, cancellationToken)).FirstOrDefault(i => i.Id == id);

    private const string Renew = """
        UPDATE invitation
        SET token_hash = @tokenHash,
            expires_at = @expiresAt
        WHERE id = @id
          AND used_at IS NULL
          AND expires_at > @now
        """;

    /// <summary>
    /// Gives a pending invitation a new link (<paramref name="tokenHash"/>) and a full lifetime from now: the old link
    /// stops working at once. False when it was used, expired or revoked meanwhile (then no mail should go).
    /// </summary>
    public async Task<bool> RenewAsync(PendingInvitation invitation, string tokenHash, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var now = time.GetUtcNow();
        var parameters = new { id = invitation.Id, tokenHash, now = StoredTime.Write(now), expiresAt = StoredTime.Write(now + Invitation.Lifetime) };
        return await ChangeAsync(Renew, parameters, new NewJournalEntry(invitation.GroupId, EntityKind, invitation.Id, "invitation.resent", actor, "Invitation sent again with a new link"), cancellationToken);
    }

    // The rows go: a revoked link then answers like any unknown one, and the seat it offered goes with it.
    private const string Delete = """
        DELETE FROM invitation_membership
        WHERE invitation_id = @id
          AND EXISTS (SELECT 1 FROM invitation WHERE id = @id AND used_at IS NULL);
        DELETE FROM invitation
        WHERE id = @id
          AND used_at IS NULL
        """;

    /// <summary>Revokes an unused invitation: its link stops working. False when it was used meanwhile or is gone.</summary>
    public Task<bool> RevokeAsync(PendingInvitation invitation, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        return ChangeAsync(Delete, new { id = invitation.Id }, new NewJournalEntry(invitation.GroupId, EntityKind, invitation.Id, "invitation.revoked", actor, "Invitation revoked"), cancellationToken);
    }

    private Task<bool> ChangeAsync(string sql, object parameters, NewJournalEntry entry, CancellationToken cancellationToken) =>
        journal.ChangeAsync(database, sql, parameters, entry, cancellationToken);

    private sealed class PendingRow
    {
        public string Id { get; set; } = "";
        public string Email { get; set; } = "";
        public string? Role { get; set; }
        public string PreferredLanguage { get; set; } = "";
        public string InvitedBy { get; set; } = "";
        public DateTimeOffset ExpiresAt { get; set; }
        public Guid? GroupId { get; set; }
        public string? GroupName { get; set; }
        public string? SeatRole { get; set; }
        public string? OrganisationName { get; set; }

        public PendingInvitation ToPending() => new(
            Id, Email, Role, PreferredLanguage, InvitedBy, ExpiresAt, GroupId, GroupName, SeatRole, OrganisationName);
    }
}
