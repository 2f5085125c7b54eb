using Platform.Grains.People;
using Platform.Grains.Tests.Access;
using Platform.Grains.WorkingGroups;

namespace Platform.Grains.Tests.People;

/// <summary>Resending and revoking invitations: which link works afterwards, and what stays with the invitation.</summary>
public sealed class PendingInvitationsTests : AdministratorTests
{
    private PendingInvitations Pending => new(Database, Journal, Time);

    private InvitationStore Invitations => new(Database);

    private GroupInvitationStore SeatInvitations => new(Database, Journal);

    [Fact]
    public async Task RenewAsync_SeatInvitation_OnlyTheNewLinkWorksAndTheSeatStays()
    {
        var group = await Seed.GroupAsync("Mesa minera");
        var organisation = await Seed.OrganisationAsync("Cooperativa");
        var (id, oldToken) = await InviteAsync(new InvitedSeat(group, organisation, GroupRole.Observer));
        Time.Advance(TimeSpan.FromDays(6));
        var listed = Assert.Single(await Pending.ListAsync());
        var newToken = OneTimeToken.Create();

        Assert.True(await Pending.RenewAsync(listed, newToken.Hash, Admin));

        Assert.Null(await Invitations.FindAsync(oldToken.Hash));
        var renewed = await Invitations.FindAsync(newToken.Hash);
        Assert.Equal(Time.GetUtcNow() + Invitation.Lifetime, renewed!.ExpiresAt, TimeSpan.FromSeconds(1));
        Assert.Equal(("Mesa minera", "observer"), (listed.GroupName, listed.SeatRole));
        Assert.Equal(new InvitedSeat(group, organisation, GroupRole.Observer), await SeatInvitations.FindSeatAsync(id));
        Assert.Equal([("invitation.resent", Admin, group.ToString("D"))], await JournalAsync());
    }

    [Fact]
    public async Task RevokeAsync_Pending_LinkIsGoneAndSecondRevokeChangesNothing()
    {
        var (_, token) = await InviteAsync(null);
        var listed = Assert.Single(await Pending.ListAsync());

        Assert.True(await Pending.RevokeAsync(listed, Admin));
        Assert.False(await Pending.RevokeAsync(listed, Admin));
        Assert.False(await Pending.RenewAsync(listed, OneTimeToken.Create().Hash, Admin));

        Assert.Null(await Invitations.FindAsync(token.Hash));
        Assert.Empty(await Pending.ListAsync());
        Assert.Equal([("invitation.revoked", Admin, (string?)null)], await JournalAsync());
    }

    [Fact]
    public async Task ListAsync_UsedOrExpired_IsNotPending()
    {
        var (used, _) = await InviteAsync(null);
        await InviteAsync(null);
        await Invitations.ConsumeAsync(used, Time.GetUtcNow());
        var beforeExpiry = await Pending.ListAsync();
        Time.Advance(Invitation.Lifetime);

        Assert.Single(beforeExpiry);
        Assert.Empty(await Pending.ListAsync());
    }

    private async Task<(string Id, OneTimeToken Token)> InviteAsync(InvitedSeat? seat)
    {
        var token = OneTimeToken.Create();
        var now = Time.GetUtcNow();
        var invitation = new Invitation(Guid.NewGuid().ToString(), "carla@example.org", null, "es", Admin, now, now + Invitation.Lifetime, null);
        if (seat is null)
        {
            await Invitations.CreateAsync(invitation, token.Hash);
        }
        else
        {
            await SeatInvitations.CreateAsync(invitation, token.Hash, seat);
        }

        return (invitation.Id, token);
    }

    private async Task<IReadOnlyList<(string Action, string Actor, string? Group)>> JournalAsync()
    {
        await using var connection = await Database.OpenAsync();
        return [.. await connection.QueryAsync<(string Action, string Actor, string? Group)>("SELECT action, actor, working_group_id FROM journal_entry WHERE entity_kind = 'invitation' AND action LIKE 'invitation.%' ORDER BY seq")];
    }
}
