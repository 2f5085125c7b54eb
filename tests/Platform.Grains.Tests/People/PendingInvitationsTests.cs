using Platform.Grains.People;
using Platform.Grains.Tests.Access;
using Platform.Grains.WorkingGroups;

namespace Platform.Grains.Tests.People;

/// <summary>Resending and revoking invitations: which link works afterwards, and what stays with the invitation.</summary>
public sealed class PendingInvitationsTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);
    private TempDatabase db = null!;
    private AccessSeed seed = null!;
    private PendingInvitations pending = null!;
    private InvitationStore invitations = null!;
    private string admin = "";

    public async Task InitializeAsync()
    {
        db = await TempDatabase.MigratedAsync("NORMAL");
        seed = new AccessSeed(db.Database);
        pending = new PendingInvitations(db.Database, new JournalWriter(time), time);
        invitations = new InvitationStore(db.Database);
        admin = await seed.UserAsync("ana", PlatformRoles.Administrator);
    }

    public Task DisposeAsync()
    {
        db.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task RenewAsync_SeatInvitation_OnlyTheNewLinkWorksAndTheSeatStays()
    {
        var group = await seed.GroupAsync("Mesa minera");
        var organisation = await seed.OrganisationAsync("Cooperativa");
        var (id, oldToken) = await InviteAsync(new InvitedSeat(group, organisation, GroupRole.Observer));
        time.Advance(TimeSpan.FromDays(6));
        var listed = Assert.Single(await pending.ListAsync());
        var newToken = OneTimeToken.Create();

        Assert.True(await pending.RenewAsync(listed, newToken.Hash, admin));

        Assert.Null(await invitations.FindAsync(oldToken.Hash));
        var renewed = await invitations.FindAsync(newToken.Hash);
        Assert.Equal(time.GetUtcNow() + Invitation.Lifetime, renewed!.ExpiresAt, TimeSpan.FromSeconds(1));
        Assert.Equal(("Mesa minera", "observer"), (listed.GroupName, listed.SeatRole));
        Assert.Equal(new InvitedSeat(group, organisation, GroupRole.Observer), await new GroupInvitationStore(db.Database, new JournalWriter(time)).FindSeatAsync(id));
        Assert.Equal([("invitation.resent", admin, group.ToString("D"))], await JournalAsync());
    }

    [Fact]
    public async Task RevokeAsync_Pending_LinkIsGoneAndSecondRevokeChangesNothing()
    {
        var (_, token) = await InviteAsync(null);
        var listed = Assert.Single(await pending.ListAsync());

        Assert.True(await pending.RevokeAsync(listed, admin));
        Assert.False(await pending.RevokeAsync(listed, admin));
        Assert.False(await pending.RenewAsync(listed, OneTimeToken.Create().Hash, admin));

        Assert.Null(await invitations.FindAsync(token.Hash));
        Assert.Empty(await pending.ListAsync());
        Assert.Equal([("invitation.revoked", admin, (string?)null)], await JournalAsync());
    }

    [Fact]
    public async Task ListAsync_UsedOrExpired_IsNotPending()
    {
        var (used, _) = await InviteAsync(null);
        await InviteAsync(null);
        await invitations.ConsumeAsync(used, time.GetUtcNow());
        var beforeExpiry = await pending.ListAsync();
        time.Advance(Invitation.Lifetime);

        Assert.Single(beforeExpiry);
        Assert.Empty(await pending.ListAsync());
    }

    private async Task<(string Id, OneTimeToken Token)> InviteAsync(InvitedSeat? seat)
    {
        var token = OneTimeToken.Create();
        var now = time.GetUtcNow();
        var invitation = new Invitation(Guid.NewGuid().ToString(), "carla@example.org", null, "es", admin, now, now + Invitation.Lifetime, null);
        if (seat is null)
        {
            await invitations.CreateAsync(invitation, token.Hash);
        }
        else
        {
            await new GroupInvitationStore(db.Database, new JournalWriter(time)).CreateAsync(invitation, token.Hash, seat);
        }

        return (invitation.Id, token);
    }

    private async Task<IReadOnlyList<(string Action, string Actor, string? Group)>> JournalAsync()
    {
        await using var connection = await db.Database.OpenAsync();
        return [.. await connection.QueryAsync<(string Action, string Actor, string? Group)>("SELECT action, actor, working_group_id FROM journal_entry WHERE entity_kind = 'invitation' AND action LIKE 'invitation.%' ORDER BY seq")];
    }
}
