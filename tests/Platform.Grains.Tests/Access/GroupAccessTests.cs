using Platform.Grains.Access;

namespace Platform.Grains.Tests.Access;

public sealed class GroupAccessTests : IAsyncLifetime
{
    private TempDatabase db = null!;
    private AccessSeed seed = null!;
    private GroupAccess access = null!;
    private Guid group;
    private Guid organisation;

    public async Task InitializeAsync()
    {
        db = await TempDatabase.MigratedAsync("NORMAL");
        seed = new AccessSeed(db.Database);
        access = new GroupAccess(db.Database);
        group = await seed.GroupAsync("Mesa minera");
        organisation = await seed.OrganisationAsync("Cooperativa La Esperanza", "asm_organisation");
    }

    public Task DisposeAsync()
    {
        db.Dispose();
        return Task.CompletedTask;
    }

    // Columns: View, Contribute, Facilitate, Administer, SeeAggregates.
    public static TheoryData<string, bool, bool, bool, bool, bool> Rules => new()
    {
        { "anonymous", false, false, false, false, false },
        { "nobody", false, false, false, false, false },
        { "observer", true, false, false, false, false },
        { "member", true, true, false, false, false },
        { "facilitator", true, true, true, false, true },
        { "donor-with-group", false, false, false, false, true },
        { "donor-without-group", false, false, false, false, false },
        { "administrator", true, true, true, true, true },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task CanAsync_EachStandingAndAction_FollowsRuleTable(string who, bool view, bool contribute, bool facilitate, bool administer, bool aggregates)
    {
        var userId = await PersonAsync(who);

        var answers = new List<bool>();
        foreach (var action in Enum.GetValues<GroupAction>())
        {
            answers.Add(await access.CanAsync(userId, group, action));
        }

        Assert.Equal([view, contribute, facilitate, administer, aggregates], answers);
    }

    [Fact]
    public async Task CanAsync_GroupDoesNotExist_AllowsNothingEvenForAdministrator()
    {
        var admin = await seed.UserAsync("ana", "administrator");

        foreach (var action in Enum.GetValues<GroupAction>())
        {
            Assert.False(await access.CanAsync(admin, Guid.NewGuid(), action), action.ToString());
        }
    }

    [Fact]
    public async Task CanAsync_MemberOfAnotherGroup_AllowsNothingHere()
    {
        var other = await seed.GroupAsync("Mesa nacional");
        var user = await seed.UserAsync("otto");
        await seed.SeatAsync(other, user, organisation, "facilitator");

        Assert.True(await access.CanAsync(user, other, GroupAction.Facilitate));
        foreach (var action in Enum.GetValues<GroupAction>())
        {
            Assert.False(await access.CanAsync(user, group, action), action.ToString());
        }
    }

    [Fact]
    public async Task CanAsync_MembershipRemoved_DeniesOnNextCall()
    {
        var user = await seed.UserAsync("mia");
        await seed.SeatAsync(group, user, organisation, "member");
        Assert.True(await access.CanAsync(user, group, GroupAction.View));

        await seed.UnseatAsync(group, user);

        Assert.False(await access.CanAsync(user, group, GroupAction.View));
    }

    [Fact]
    public async Task CanAsync_DonorRoleRemovedButPortfolioKept_DeniesAggregates()
    {
        var donor = await seed.UserAsync("dora", "donor");
        await seed.PortfolioAsync(donor, group);
        Assert.True(await access.CanAsync(donor, group, GroupAction.SeeAggregates));

        await seed.RemoveRoleAsync(donor, "donor");

        Assert.False(await access.CanAsync(donor, group, GroupAction.SeeAggregates));
    }

    [Fact]
    public async Task PlatformStandingAsync_Anonymous_HasNoRights()
    {
        Assert.Equal(PlatformStanding.None, await access.PlatformStandingAsync(null));
        Assert.Equal(PlatformStanding.None, await access.PlatformStandingAsync(""));
    }

    [Theory]
    [InlineData("nobody", false, false, false)]
    [InlineData("administrator", true, false, false)]
    [InlineData("donor-with-group", false, true, false)]
    [InlineData("facilitator", false, false, true)]
    [InlineData("member", false, false, false)]
    public async Task PlatformStandingAsync_EachPerson_ReadsRolesAndFacilitation(string who, bool admin, bool donor, bool facilitates)
    {
        var userId = await PersonAsync(who);

        var standing = await access.PlatformStandingAsync(userId);

        Assert.Equal(new PlatformStanding(admin, donor, facilitates), standing);
        Assert.Equal(admin || facilitates, standing.CanSetUpForums);
    }

    [Fact]
    public async Task PlatformStandingAsync_AdministratorRoleDeleted_LosesStandingAtOnce()
    {
        var admin = await seed.UserAsync("ana", "administrator");

        await seed.RemoveRoleAsync(admin, "administrator");

        Assert.False((await access.PlatformStandingAsync(admin)).IsAdministrator);
    }

    private async Task<string?> PersonAsync(string who)
    {
        switch (who)
        {
            case "anonymous":
                return null;
            case "nobody":
                return await seed.UserAsync(who);
            case "observer" or "member" or "facilitator":
                var seated = await seed.UserAsync(who);
                await seed.SeatAsync(group, seated, organisation, who);
                return seated;
            case "donor-with-group":
                var donor = await seed.UserAsync(who, "donor");
                await seed.PortfolioAsync(donor, group);
                return donor;
            case "donor-without-group":
                var elsewhere = await seed.UserAsync(who, "donor");
                await seed.PortfolioAsync(elsewhere, await seed.GroupAsync("Otra mesa"));
                return elsewhere;
            case "administrator":
                return await seed.UserAsync(who, "administrator");
            default:
                throw new ArgumentOutOfRangeException(nameof(who), who, null);
        }
    }
}
