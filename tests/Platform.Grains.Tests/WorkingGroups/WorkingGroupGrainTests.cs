using Platform.Grains;
using Platform.Grains.Persistence;
using Platform.Grains.WorkingGroups;

namespace Platform.Grains.Tests.WorkingGroups;

public sealed class WorkingGroupGrainTests
{
    [Fact]
    public async Task Create_ValidDetails_StoresGroupWithCreatorAsFacilitatorAndJournals()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new GroupSilo(db.Database);
        var ana = await silo.PersonAsync("Ana");
        var org = await silo.OrganisationAsync("Corporación Jurídica");
        var id = Guid.NewGuid();

        var created = await silo.Group(id).CreateAsync(new CreateWorkingGroup(GroupSilo.Details(), ana, org));

        Assert.Equal("CO", created.Details.Country);
        Assert.Equal(GroupRole.Facilitator, Assert.Single(created.Members).Role);
        var stored = await new WorkingGroupStore(db.Database).LoadAsync(id);
        Assert.Equal(created with { Members = stored!.Members }, stored);
        Assert.Equal(created.Members, stored.Members);
        Assert.Equal(1, await silo.CountAsync("SELECT COUNT(*) FROM journal_entry WHERE working_group_id = @id AND entity_kind = 'working_group'", new { id = id.ToString("D") }));
        Assert.IsType<WorkingGroupCreated>(Assert.Single((await silo.PublishedAsync())));
    }

    [Theory]
    [InlineData("", "America/Bogota", "CO", GroupRule.NameRequired)]
    [InlineData("Mesa", "Mars/Olympus", "CO", GroupRule.TimeZoneUnknown)]
    [InlineData("Mesa", "America/Bogota", "XX", GroupRule.CountryInvalid)]
    public async Task Create_InvalidDetails_IsRefusedWithCode(string name, string zone, string country, GroupRule code)
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new GroupSilo(db.Database);
        var ana = await silo.PersonAsync("Ana");
        var org = await silo.OrganisationAsync("Corporación Jurídica");
        var details = GroupSilo.Details(name) with { TimeZone = zone, Country = country };

        var refused = await Assert.ThrowsAsync<RuleException<GroupRule>>(() => silo.Group(Guid.NewGuid()).CreateAsync(new CreateWorkingGroup(details, ana, org)));

        Assert.Equal(code, refused.Code);
        Assert.Equal(0, await silo.CountAsync("SELECT COUNT(*) FROM working_group"));
    }

    [Fact]
    public async Task AddChangeRemove_Member_WritesMembershipRowsAndOneJournalEntryEach()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new GroupSilo(db.Database);
        var (group, ana, org) = await CreatedAsync(silo);
        var beto = await silo.PersonAsync("Beto");
        var before = await silo.CountAsync("SELECT COUNT(*) FROM journal_entry");

        await group.AddMemberAsync(new AddMember(beto, org, GroupRole.Member, ana));
        var changed = await group.ChangeRoleAsync(new ChangeMemberRole(beto, GroupRole.Observer, ana));
        Assert.Equal("observer", await RoleAsync(silo, beto));
        var removed = await group.RemoveMemberAsync(new RemoveMember(beto, ana));

        Assert.Equal(GroupRole.Observer, changed.MemberOf(beto)!.Role);
        Assert.Null(removed.MemberOf(beto));
        Assert.Null(await RoleAsync(silo, beto));
        Assert.Equal(before + 3, await silo.CountAsync("SELECT COUNT(*) FROM journal_entry"));
        Assert.Equal(3, await silo.CountAsync("SELECT COUNT(*) FROM journal_entry WHERE entity_kind = 'membership' AND entity_key = @beto", new { beto }));
        Assert.Equal(removed.Version, await silo.CountAsync("SELECT version FROM working_group"));
        Assert.IsType<MemberRemoved>((await silo.PublishedAsync())[^1]);
    }

    [Fact]
    public async Task AddMember_AlreadyMember_IsRefused()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new GroupSilo(db.Database);
        var (group, ana, org) = await CreatedAsync(silo);

        var refused = await Assert.ThrowsAsync<RuleException<GroupRule>>(() => group.AddMemberAsync(new AddMember(ana, org, GroupRole.Member, ana)));

        Assert.Equal(GroupRule.AlreadyMember, refused.Code);
    }

    [Fact]
    public async Task RemoveMember_LastFacilitator_IsRefusedAndChangesNothing()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new GroupSilo(db.Database);
        var (group, ana, _) = await CreatedAsync(silo);
        var before = await group.GetAsync();
        var journal = await silo.CountAsync("SELECT COUNT(*) FROM journal_entry");

        var refused = await Assert.ThrowsAsync<RuleException<GroupRule>>(() => group.RemoveMemberAsync(new RemoveMember(ana, ana)));

        Assert.Equal(GroupRule.LastFacilitator, refused.Code);
        Assert.Same(before, await group.GetAsync());
        Assert.Equal("facilitator", await RoleAsync(silo, ana));
        Assert.Equal(journal, await silo.CountAsync("SELECT COUNT(*) FROM journal_entry"));
        Assert.Equal(before!.Version, await silo.CountAsync("SELECT version FROM working_group"));
    }

    [Fact]
    public async Task ChangeRole_DemotingLastFacilitator_IsRefused()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new GroupSilo(db.Database);
        var (group, ana, _) = await CreatedAsync(silo);

        var refused = await Assert.ThrowsAsync<RuleException<GroupRule>>(() => group.ChangeRoleAsync(new ChangeMemberRole(ana, GroupRole.Member, ana)));

        Assert.Equal(GroupRule.LastFacilitator, refused.Code);
        Assert.Equal("facilitator", await RoleAsync(silo, ana));
    }

    [Fact]
    public async Task ChangeRole_WithSecondFacilitator_DemotesFirst()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new GroupSilo(db.Database);
        var (group, ana, org) = await CreatedAsync(silo);
        var beto = await silo.PersonAsync("Beto");
        await group.AddMemberAsync(new AddMember(beto, org, GroupRole.Facilitator, ana));

        var state = await group.ChangeRoleAsync(new ChangeMemberRole(ana, GroupRole.Member, beto));

        Assert.Equal(1, state.FacilitatorCount);
        Assert.Equal("member", await RoleAsync(silo, ana));
    }

    [Fact]
    public async Task AddMember_OnStaleVersion_IsConflictAndLeavesDatabaseUnchanged()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var first = new GroupSilo(db.Database);
        await using var second = new GroupSilo(db.Database);
        var (group, ana, org) = await CreatedAsync(first);
        var stale = second.Group(await group.GetAsync() is { } s ? s.Id : Guid.Empty);
        await stale.GetAsync();
        var beto = await first.PersonAsync("Beto");
        var carla = await first.PersonAsync("Carla");
        await group.AddMemberAsync(new AddMember(beto, org, GroupRole.Member, ana));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => stale.AddMemberAsync(new AddMember(carla, org, GroupRole.Member, ana)));

        Assert.Null(await RoleAsync(first, carla));
        Assert.NotNull((await stale.GetAsync())!.MemberOf(beto));
        await stale.AddMemberAsync(new AddMember(carla, org, GroupRole.Member, ana));
        Assert.Equal("member", await RoleAsync(first, carla));
    }

    [Fact]
    public async Task UpdateDetailsAndStatus_ExistingGroup_PersistsAndJournals()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new GroupSilo(db.Database);
        var (group, ana, _) = await CreatedAsync(silo);

        await group.UpdateDetailsAsync(new UpdateGroupDetails(GroupSilo.Details("Mesa regional") with { NonAttribution = false }, ana));
        var paused = await group.SetStatusAsync(new SetGroupStatus(GroupStatus.Paused, ana));

        var stored = await new WorkingGroupStore(db.Database).LoadAsync(paused.Id);
        Assert.Equal(("Mesa regional", false, GroupStatus.Paused), (stored!.Details.Name, stored.Details.NonAttribution, stored.Status));
        Assert.Equal(3, await silo.CountAsync("SELECT COUNT(*) FROM journal_entry WHERE entity_kind = 'working_group'"));
    }

    private static async Task<(IWorkingGroupGrain Group, string Ana, Guid Org)> CreatedAsync(GroupSilo silo)
    {
        var (id, ana, org) = await silo.CreatedAsync();
        return (silo.Group(id), ana, org);
    }

    private static async Task<string?> RoleAsync(GroupSilo silo, string userId)
    {
        await using var connection = await silo.Database.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<string>("SELECT role FROM membership WHERE user_id = @userId", new { userId });
    }
}
