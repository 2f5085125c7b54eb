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
    public async Task BelongsTo_MeetingOfAnotherGroup_IsFalse()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var meetingOfB = Guid.NewGuid();
        var (ownership, groupA, groupB) = await RowOfGroupBAsync(
            temp, InsertMeeting, (_, groupB) => Task.FromResult<object>(new { id = meetingOfB.ToString(), groupId = groupB.ToString() }));

        Assert.True(await ownership.BelongsToAsync("meetingId", meetingOfB.ToString(), groupB));
        Assert.False(await ownership.BelongsToAsync("meetingId", meetingOfB.ToString(), groupA));
        Assert.False(await ownership.BelongsToAsync("meetingId", Guid.NewGuid().ToString(), groupB));
        Assert.False(await ownership.BelongsToAsync("meetingId", "not-a-guid", groupB));
        Assert.False(await ownership.BelongsToAsync("unknownId", meetingOfB.ToString(), groupB));
    }

    private const string InsertCommitment = """
        INSERT INTO commitment (id, working_group_id, organisation_id, text, standard, status, version, created_at, updated_at)
        VALUES (@id, @groupId, @organisationId, 'Train the guards', 'icoc', 'on_track', 1, '2026-11-01T00:00:00.0000000Z', '2026-11-01T00:00:00.0000000Z')
        """;

    [Fact]
    public async Task BelongsTo_CommitmentOfAnotherGroup_IsFalse()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var commitmentOfB = Guid.NewGuid();
        var (ownership, groupA, groupB) = await RowOfGroupBAsync(temp, InsertCommitment, async (seed, groupB) => new
        {
            id = commitmentOfB.ToString(), groupId = groupB.ToString(), organisationId = (await seed.OrganisationAsync("Minera del Norte")).ToString(),
        });

        Assert.True(await ownership.BelongsToAsync("commitmentId", commitmentOfB.ToString(), groupB));
        Assert.False(await ownership.BelongsToAsync("commitmentId", commitmentOfB.ToString(), groupA));
    }

    /// <summary>Groups A and B, a row of B's inserted by <paramref name="insert"/>, and the ownership check over them.</summary>
    private static async Task<(RouteOwnership Ownership, Guid GroupA, Guid GroupB)> RowOfGroupBAsync(
        TempDatabase temp, string insert, Func<AccessSeed, Guid, Task<object>> parameters)
    {
        var seed = new AccessSeed(temp.Database);
        var groupA = await seed.GroupAsync("A");
        var groupB = await seed.GroupAsync("B");
        await new TestData(temp.Database).ExecuteAsync(insert, await parameters(seed, groupB));
        return (new RouteOwnership(temp.Database), groupA, groupB);
    }
}
