using Platform.Grains;
using Platform.Grains.Donors;
using Platform.Grains.People;
using Platform.Grains.WorkingGroups;

namespace Platform.Grains.Tests.WorkingGroups;

/// <summary>Issue 11: a donor sees aggregates only, so a donor never holds a seat, whichever comes first.</summary>
public sealed class DonorSeatTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task AddMember_PersonIsDonor_IsRefusedAndSeatsNoOne()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new GroupSilo(db.Database);
        var (id, ana, org) = await silo.CreatedAsync();
        var group = silo.Group(id);
        var emily = await DonorAsync(silo, "Emily");

        var refused = await Assert.ThrowsAsync<RuleException<GroupRule>>(() => group.AddMemberAsync(new AddMember(emily, org, GroupRole.Observer, ana)));

        Assert.Equal(GroupRule.DonorCannotSit, refused.Code);
        Assert.Equal(0, await silo.CountAsync("SELECT COUNT(*) FROM membership WHERE user_id = @emily", new { emily }));
        Assert.Null((await group.GetAsync())!.MemberOf(emily));
    }

    [Fact]
    public async Task Create_CreatorIsDonor_IsRefusedAndCreatesNoGroup()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new GroupSilo(db.Database);
        var emily = await DonorAsync(silo, "Emily");
        var org = await silo.OrganisationAsync("Fondo de desarrollo");

        var refused = await Assert.ThrowsAsync<RuleException<GroupRule>>(() => silo.Group(Guid.NewGuid()).CreateAsync(new CreateWorkingGroup(GroupSilo.Details(), emily, org)));

        Assert.Equal(GroupRule.DonorCannotSit, refused.Code);
        Assert.Equal(0, await silo.CountAsync("SELECT COUNT(*) FROM working_group"));
    }

    [Fact]
    public async Task MakeDonor_PersonSeatedInAGroup_IsRefusedAndGivesNoRole()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new GroupSilo(db.Database);
        var (_, ana, _) = await silo.CreatedAsync();
        var store = new DonorPortfolioStore(db.Database, new JournalWriter(Time), Time);

        var made = await store.MakeDonorAsync(ana, ana);

        Assert.False(made);
        Assert.Equal(0, await silo.CountAsync("SELECT COUNT(*) FROM user_role WHERE role = 'donor'"));
    }

    [Fact]
    public async Task CreateGroupInvitation_WithDonorRole_IsRefused()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new GroupSilo(db.Database);
        var (groupId, ana, org) = await silo.CreatedAsync();
        var now = Time.GetUtcNow();
        var invitation = new Invitation(Guid.NewGuid().ToString(), "emily@example.org", PlatformRoles.Donor, "en", ana, now, now.AddDays(7), null);

        await Assert.ThrowsAsync<ArgumentException>(() => new GroupInvitationStore(db.Database, new JournalWriter(Time))
            .CreateAsync(invitation, "hash", new InvitedSeat(groupId, org, GroupRole.Observer)));

        Assert.Equal(0, await silo.CountAsync("SELECT COUNT(*) FROM invitation"));
    }

    private static async Task<string> DonorAsync(GroupSilo silo, string name)
    {
        var id = await silo.PersonAsync(name);
        await silo.Data.RoleAsync(id, "donor");
        return id;
    }
}
