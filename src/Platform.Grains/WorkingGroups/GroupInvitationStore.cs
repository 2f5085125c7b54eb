namespace Platform.Grains.WorkingGroups;

/// <summary>The seat a group invitation offers: accepting the invitation seats the person through the group's grain.</summary>
public sealed record InvitedSeat(Guid GroupId, Guid OrganisationId, GroupRole Role);

/// <summary>Invitations to a working group: the account invitation plus the seat it offers, written together.</summary>
public sealed class GroupInvitationStore(Database database, JournalWriter journal)
{
    private const string InsertSeat = """
        INSERT INTO invitation_membership (invitation_id, working_group_id, organisation_id, role)
        VALUES (@invitationId, @groupId, @organisationId, @role)
        """;

    /// <summary>Stores the invitation, its seat and a journal entry in one transaction.</summary>
    public async Task CreateAsync(Invitation invitation, string tokenHash, InvitedSeat seat, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(seat);
        if (invitation.Role == Platform.Grains.People.PlatformRoles.Donor)
        {
            throw new ArgumentException("A donor cannot be invited into a seat (issue 11).", nameof(invitation));
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await InvitationStore.CreateAsync(connection, transaction, invitation, tokenHash, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSeat, new
        {
            invitationId = invitation.Id,
            groupId = seat.GroupId,
            organisationId = seat.OrganisationId,
            role = EnumText.ToText(seat.Role),
        }, transaction, cancellationToken: cancellationToken));

        // No address in the summary: journal rows can never be redacted.
        await journal.AppendAsync(connection, transaction, new NewJournalEntry(
            seat.GroupId, "invitation", invitation.Id, "invited", invitation.InvitedBy, $"Invitation sent for a {EnumText.ToText(seat.Role)} seat"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private const string SelectSeat = """
        SELECT working_group_id AS GroupId,
               organisation_id AS OrganisationId,
               role AS Role
        FROM invitation_membership
        WHERE invitation_id = @invitationId
        """;

    /// <summary>The seat an invitation offers, or null for a plain account invitation.</summary>
    public async Task<InvitedSeat?> FindSeatAsync(string invitationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(Guid GroupId, Guid OrganisationId, string Role)?>(
            new CommandDefinition(SelectSeat, new { invitationId }, cancellationToken: cancellationToken));
        return row is { } r ? new InvitedSeat(r.GroupId, r.OrganisationId, EnumText.Parse<GroupRole>(r.Role)) : null;
    }
}
