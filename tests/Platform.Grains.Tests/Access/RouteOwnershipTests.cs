using Platform.Grains.Access;

namespace Platform.Grains.Tests.Access;

public sealed class RouteOwnershipTests
{
    private const string InsertMeeting = """
        INSERT INTO meeting (id, working_group_id, title, starts_local, ends_local, time_zone, starts_utc, ends_utc, version, created_at)
        VALUES (@id, @groupId, 'Monthly meeting', '2026-12-01T09:00', '2026-12-01T11:00', 'America/Bogota',
                '2026-12-01T14:00:00.0000000Z', '2026-12-01T16:00:00.0000000Z', 1, '2026-11-01T00:00:00.0000000Z')
        """;

    [Fact]
    public async Task Can_MeetingOfAnotherGroup_IsRefusedToAMemberOfBoth()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var meetingOfB = Guid.NewGuid();
        var (access, member, groupA, groupB) = await RowOfGroupBAsync(
            temp, InsertMeeting, (_, groupB) => Task.FromResult<object>(new { id = meetingOfB.ToString(), groupId = groupB.ToString() }));

        Assert.True(await access.CanAsync(member, groupB, GroupAction.View, Inside("meetingId", meetingOfB)));
        Assert.False(await access.CanAsync(member, groupA, GroupAction.View, Inside("meetingId", meetingOfB)));
        Assert.False(await access.CanAsync(member, groupB, GroupAction.View, Inside("meetingId", Guid.NewGuid())));
        Assert.False(await access.CanAsync("someone-else", groupB, GroupAction.View, Inside("meetingId", meetingOfB)));
        Assert.False(await access.CanAsync(member, groupB, GroupAction.Facilitate, Inside("meetingId", meetingOfB)));
    }

    private const string InsertCommitment = """
        INSERT INTO commitment (id, working_group_id, organisation_id, text, standard, status, version, created_at, updated_at)
        VALUES (@id, @groupId, @organisationId, 'Train the guards', 'icoc', 'on_track', 1, '2026-11-01T00:00:00.0000000Z', '2026-11-01T00:00:00.0000000Z')
        """;

    [Fact]
    public async Task Can_TwoIdsInTheRoute_EachMustBeTheGroups()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var commitmentOfB = Guid.NewGuid();
        var (access, member, groupA, groupB) = await RowOfGroupBAsync(temp, InsertCommitment, async (seed, groupB) => new
        {
            id = commitmentOfB.ToString(), groupId = groupB.ToString(), organisationId = (await seed.OrganisationAsync("Minera del Norte")).ToString(),
        });
        var meetingOfA = Guid.NewGuid();
        await new TestData(temp.Database).ExecuteAsync(InsertMeeting, new { id = meetingOfA.ToString(), groupId = groupA.ToString() });

        Assert.True(await access.CanAsync(member, groupB, GroupAction.View, Inside("commitmentId", commitmentOfB)));
        Assert.False(await access.CanAsync(member, groupA, GroupAction.View, Inside("commitmentId", commitmentOfB)));
        var mixed = new Dictionary<string, Guid> { ["commitmentId"] = commitmentOfB, ["meetingId"] = meetingOfA };
        Assert.False(await access.CanAsync(member, groupA, GroupAction.View, mixed));
        Assert.False(await access.CanAsync(member, groupB, GroupAction.View, mixed));
    }

    private static Dictionary<string, Guid> Inside(string routeValue, Guid id) => new() { [routeValue] = id };

    /// <summary>Groups A and B with one member seated in both, a row of B's inserted by <paramref name="insert"/>, and the access check over them.</summary>
    private static async Task<(GroupAccess Access, string Member, Guid GroupA, Guid GroupB)> RowOfGroupBAsync(
        TempDatabase temp, string insert, Func<AccessSeed, Guid, Task<object>> parameters)
    {
        var seed = new AccessSeed(temp.Database);
        var groupA = await seed.GroupAsync("A");
        var groupB = await seed.GroupAsync("B");
        var member = await seed.UserAsync("ana");
        var organisation = await seed.OrganisationAsync("Colectivo Minero");
        await seed.SeatAsync(groupA, member, organisation, "member");
        await seed.SeatAsync(groupB, member, organisation, "member");
        await new TestData(temp.Database).ExecuteAsync(insert, await parameters(seed, groupB));
        return (new GroupAccess(temp.Database), member, groupA, groupB);
    }
}
