using Platform.Grains.Organisations;
using Platform.Grains.People;
using Platform.Grains.WorkingGroups;

namespace Platform.Grains.Tests.Organisations;

public sealed class OrganisationQueriesTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task List_FilteredByCountryAndType_PagesByName()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var store = new OrganisationStore(temp.Database, new JournalWriter(time), time);
        foreach (var name in new[] { "Delta", "alpha", "Charlie", "Bravo" })
        {
            await store.CreateAsync(new(name, StakeholderType.CivilSociety, "CO", null, null), actor: null);
        }

        await store.CreateAsync(new("Aardvark Police", StakeholderType.PublicSecurityPolice, "CO", null, null), actor: null);
        await store.CreateAsync(new("Aardvark", StakeholderType.CivilSociety, "PE", null, null), actor: null);
        var queries = new OrganisationQueries(temp.Database);

        var second = await queries.ListAsync(new("CO", StakeholderType.CivilSociety), page: 2, pageSize: 3);

        Assert.Equal((4, 2), (second.Total, second.PageCount));
        Assert.Equal(["Delta"], second.Items.Select(i => i.Name));
        Assert.Equal(["alpha", "Bravo", "Charlie"], (await queries.ListAsync(new("CO", StakeholderType.CivilSociety), 1, 3)).Items.Select(i => i.Name));
        Assert.Equal(["Aardvark"], (await queries.ListAsync(new("PE", null))).Items.Select(i => i.Name));
        Assert.Equal(6, (await queries.ListAsync(new(null, null))).Total);
    }

    [Fact]
    public async Task FindAndPeople_OrganisationInTwoGroups_ListsDistinctGroupsAndEachSeat()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var (org, other, _, luis, outsider, national, local) = await TwoGroupsAsync(temp, GroupRole.Member);
        var queries = new OrganisationQueries(temp.Database);

        var detail = await queries.FindAsync(org);
        var people = await queries.PeopleAsync(org, "admin", everyone: true);

        Assert.Equal([new OrganisationGroup(national, "Grupo nacional"), new OrganisationGroup(local, "Mesa local")], detail!.Groups);
        Assert.Equal(
            [("Ana", GroupRole.Facilitator, "Grupo nacional"), ("Ana", GroupRole.Member, "Mesa local"), ("Luis", GroupRole.Observer, "Mesa local")],
            people.Select(p => (p.DisplayName, p.Role, p.GroupName)));
        Assert.True(await queries.SitsWithAsync(org, outsider));
        Assert.False(await queries.SitsWithAsync(other, luis));
        Assert.Null(await queries.FindAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task People_ViewerInOneGroup_ListsOnlySeatsInThatGroup()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var (org, _, _, _, viewer, _, _) = await TwoGroupsAsync(temp, GroupRole.Facilitator);
        var queries = new OrganisationQueries(temp.Database);

        var people = await queries.PeopleAsync(org, viewer, everyone: false);

        Assert.Equal([("Ana", GroupRole.Facilitator, "Grupo nacional")], people.Select(p => (p.DisplayName, p.Role, p.GroupName)));
    }

    [Fact]
    public async Task FindByName_OtherCaseAndSpaces_FindsOnlyInSameCountry()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var store = new OrganisationStore(temp.Database, new JournalWriter(time), time);
        var org = (await store.CreateAsync(new("Asociación Minera", StakeholderType.AsmOrganisation, "PE", null, null), actor: null)).OrganisationId;
        var queries = new OrganisationQueries(temp.Database);

        Assert.Equal(org, await queries.FindByNameAsync(" asociación MINERA ", "PE"));
        Assert.Null(await queries.FindByNameAsync("Asociación Minera", "CO"));
    }

    /// <summary>
    /// Mina El Roble in two groups: Ana facilitates the national one and sits in the local one, Luis observes the local
    /// one; Olga sits in the national group for the Defensoría (the other organisation) as <paramref name="olgaRole"/>.
    /// </summary>
    private async Task<(Guid Org, Guid Other, string Ana, string Luis, string Olga, Guid National, Guid Local)> TwoGroupsAsync(TempDatabase temp, GroupRole olgaRole)
    {
        var store = new OrganisationStore(temp.Database, new JournalWriter(time), time);
        var org = (await store.CreateAsync(new("Mina El Roble", StakeholderType.LargeScaleMining, "CO", null, null), actor: null)).OrganisationId;
        var other = (await store.CreateAsync(new("Defensoría", StakeholderType.OversightBody, "CO", null, null), actor: null)).OrganisationId;
        var ana = await UserAsync(temp, "Ana");
        var luis = await UserAsync(temp, "Luis");
        var olga = await UserAsync(temp, "Olga");
        var national = await GroupAsync(temp, "Grupo nacional");
        var local = await GroupAsync(temp, "Mesa local");
        await SeatAsync(temp, national, ana, org, GroupRole.Facilitator);
        await SeatAsync(temp, local, ana, org, GroupRole.Member);
        await SeatAsync(temp, local, luis, org, GroupRole.Observer);
        await SeatAsync(temp, national, olga, other, olgaRole);
        return (org, other, ana, luis, olga, national, local);
    }

    private async Task<string> UserAsync(TempDatabase temp, string name)
    {
        var user = new User { Email = $"{name}@example.org", NormalizedEmail = $"{name.ToUpperInvariant()}@EXAMPLE.ORG", DisplayName = name };
        await new UserStore(temp.Database, time, new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider()).CreateAsync(user, default);
        return user.Id;
    }

    // Working groups and seats are written by the working-group grain; these tests only need rows to read.
    private static Task<Guid> GroupAsync(TempDatabase temp, string name) => new TestData(temp.Database).GroupAsync(name, scope: "national");

    private static Task SeatAsync(TempDatabase temp, Guid group, string user, Guid organisation, GroupRole role) =>
        new TestData(temp.Database).SeatAsync(group, user, organisation, Platform.Grains.Storage.EnumText.ToText(role));
}
