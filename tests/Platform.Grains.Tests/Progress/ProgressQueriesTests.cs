using Platform.Grains.Commitments;
using Platform.Grains.Organisations;
using Platform.Grains.Progress;

namespace Platform.Grains.Tests.Progress;

/// <summary>
/// Figures on a fixture whose answers were worked out by hand (comments give the arithmetic). Now is 23 Nov 2026
/// 12:00 UTC; the period is September to November 2026. Group A meets monthly in Bogotá (UTC-5) since January;
/// group B weekly in Madrid since 16 October.
/// </summary>
public sealed class ProgressQueriesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly ReportPeriod Period = ReportPeriod.Parse("2026-09", "2026-11", Now);

    private TempDatabase db = null!;
    private ProgressQueries queries = null!;
    private Guid groupA;
    private Guid groupB;
    private string donor = "";

    public async Task InitializeAsync()
    {
        db = await TempDatabase.MigratedAsync("NORMAL");
        queries = new ProgressQueries(db.Database, new FakeTimeProvider(Now));
        var seed = new ProgressSeed(db.Database);
        groupA = await seed.GroupAsync("A mesa", "monthly", "America/Bogota", ProgressSeed.Created);
        groupB = await seed.GroupAsync("B mesa", "weekly", "Europe/Madrid", "2026-10-16T00:00:00.0000000Z", "ES");
        donor = await seed.PersonAsync("dora", "prefer_not_to_say");
        await seed.PortfolioAsync(donor, groupA);
        await seed.PortfolioAsync(donor, groupB);
        await SeedGroupAAsync(seed);
        await SeedGroupBAsync(seed);
    }

    public Task DisposeAsync()
    {
        db.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task GroupAsync_Fixture_MeetingsAttendanceAndDecisions()
    {
        var a = (await queries.GroupAsync(groupA, Period))!;

        // Held: Sep 1, Oct 1 (cancelled, future and August meetings left out). Planned: 12/yr × 83.5 days / 365.25 = 2.74.
        Assert.Equal((Cell.Exact(2), Cell.Exact(3)), (a.Totals.MeetingsHeld, a.Totals.MeetingsPlanned));
        Assert.Equal([Cell.Exact(1), Cell.Exact(1), Cell.Exact(0)], a.Months.Select(m => m.MeetingsHeld));
        // Months in whole meetings: October's 0.7 (from the 1st to the 22nd) is one.
        Assert.Equal([Cell.Exact(1), Cell.Exact(1), Cell.Exact(1)], a.Months.Select(m => m.MeetingsPlanned));
        // Attendance: 13 present of 21 rows = 62 %; Sep 8/10 (2 absent: not shown); Oct 5/11 = 45 %.
        Assert.Equal(Cell.Exact(62), a.Totals.AttendanceRate);
        Assert.Equal([Cell.None, Cell.Exact(45), Cell.None], a.Months.Select(m => m.AttendanceRate));
        // Women: 5 of the 10 distinct people present who declared (the 11th prefers not to say) = 50 %; months too small.
        Assert.Equal(Cell.Exact(50), a.Totals.WomenShare);
        Assert.All(a.Months, m => Assert.Equal(Cell.None, m.WomenShare));
        // Decisions: 2 in September's published record; October's record is unpublished.
        Assert.Equal(Cell.Exact(2), a.Totals.Decisions);
        // Present by type: mining 1, community 7, police 5, not stated 1 = 14; two small parts summing to 2 force both big ones hidden.
        Assert.Equal(Cell.Exact(3), a.Totals.StakeholderTypesPresent);
        Assert.Equal(Cell.Exact(14), a.PresentTotal);
        Assert.Equal(
            [(StakeholderType.LargeScaleMining, Cell.Small), (StakeholderType.Community, Cell.Hidden), (StakeholderType.PublicSecurityPolice, Cell.Hidden), (null, Cell.Small)],
            a.PresentByType.Select(p => (p.Type, p.Present)));
    }

    [Fact]
    public async Task GroupAsync_Fixture_ActionItemsAndCommitments()
    {
        var a = (await queries.GroupAsync(groupA, Period))!;

        // Opened: Sep 2, Oct 2, Nov 6 = 10. Done: Sep 2, Oct 1 = 3. Overdue: end Sep 1 (August item), end Oct 1, now 6.
        Assert.Equal([Cell.Small, Cell.Small, Cell.Exact(6)], a.Months.Select(m => m.ItemsOpened));
        Assert.Equal(Cell.Exact(10), a.Totals.ItemsOpened);
        Assert.Equal([Cell.Small, Cell.Small, Cell.Exact(0)], a.Months.Select(m => m.ItemsDone));
        Assert.Equal(Cell.Small, a.Totals.ItemsDone);
        Assert.Equal([Cell.Small, Cell.Small, Cell.Exact(6)], a.Months.Select(m => m.ItemsOverdue));
        Assert.Equal(Cell.Exact(6), a.Totals.ItemsOverdue);
        Assert.Equal(Cell.None, a.Totals.OnTimeRate);
        // Commitments: on track 6, at risk 2, fulfilled 5, withdrawn 1 = 14; fulfilled 5 of 13 not withdrawn = 38 %.
        Assert.Equal(Cell.Exact(14), a.Totals.Commitments);
        Assert.Equal(
            [Cell.Exact(6), Cell.Small, Cell.Exact(0), Cell.Exact(5), Cell.Small],
            a.Commitments.OrderBy(c => c.Status).Select(c => c.Count));
        Assert.Equal(CommitmentStatus.OnTrack, a.Commitments[0].Status);
        Assert.Equal(Cell.Exact(38), a.Totals.FulfilledShare);
    }

    [Fact]
    public async Task GroupAsync_DoneAroundMidnightInTheGroupsZone_JudgesOnTimeLocally()
    {
        var b = (await queries.GroupAsync(groupB, Period))!;

        // 10 done in November, 5 on or before the due day in Madrid (one at 23:30 local), 5 after (one at 00:30 local).
        Assert.Equal(Cell.Exact(10), b.Totals.ItemsDone);
        Assert.Equal(Cell.Exact(50), b.Totals.OnTimeRate);
        Assert.Equal(Cell.Exact(50), b.Months[^1].OnTimeRate);
        // Weekly from 16 Oct: 52 × 16/365.25 = 2.3 in October, 52 × 22.5/365.25 = 3.2 in November, 5 in all; none held.
        // Shown in whole meetings: 2 and 3.
        Assert.Equal([Cell.Exact(0), Cell.Exact(2), Cell.Exact(3)], b.Months.Select(m => m.MeetingsPlanned));
        Assert.Equal((Cell.Exact(5), Cell.Exact(0)), (b.Totals.MeetingsPlanned, b.Totals.MeetingsHeld));
    }

    [Fact]
    public async Task PortfolioAsync_CountryAndTypeFilters_KeepMatchingGroupsInNameOrder()
    {
        var all = await queries.PortfolioAsync(donor, new ProgressFilter(Period));
        var spain = await queries.PortfolioAsync(donor, new ProgressFilter(Period, "ES"));
        var police = await queries.PortfolioAsync(donor, new ProgressFilter(Period, null, StakeholderType.PublicSecurityPolice));
        var nobody = await queries.PortfolioAsync(Guid.NewGuid().ToString(), new ProgressFilter(Period));

        Assert.Equal(["A mesa", "B mesa"], all.Select(g => g.Name));
        Assert.Equal(["B mesa"], spain.Select(g => g.Name));
        Assert.Equal(["A mesa"], police.Select(g => g.Name));
        Assert.Empty(nobody);
        Assert.Equal((await queries.GroupAsync(groupA, Period))!.Totals, all[0].Totals);
    }

    [Fact]
    public void Parse_MissingOrFutureMonths_FallsBackToTheLastTwelveMonths()
    {
        var period = ReportPeriod.Parse(null, "2027-05", Now);

        Assert.Equal((new DateOnly(2025, 12, 1), new DateOnly(2026, 12, 1)), (period.From, period.To));
        Assert.Equal(12, period.Months.Count);
    }

    private async Task SeedGroupAAsync(ProgressSeed seed)
    {
        var community = await seed.OrganisationAsync("Comunidad", "community");
        var police = await seed.OrganisationAsync("Policía", "public_security_police");
        var mining = await seed.OrganisationAsync("Minera", "large_scale_mining");
        var people = new List<(string Id, Guid Organisation)>();
        for (var i = 0; i < 11; i++)
        {
            var gender = i < 5 ? "woman" : i < 10 ? "man" : "prefer_not_to_say";
            var organisation = i < 5 ? community : i < 10 ? police : mining;
            var id = await seed.PersonAsync($"p{i}", gender);
            await seed.SeatAsync(groupA, id, organisation);
            people.Add((id, organisation));
        }

        var september = await seed.MeetingAsync(groupA, "2026-09-10T15:00:00.0000000Z");
        for (var i = 0; i < 10; i++)
        {
            await seed.AttendAsync(september, people[i].Id, people[i].Organisation, i < 8 ? "present" : "absent");
        }

        await seed.AttendAsync(september, null, null, "present");
        await seed.OutcomesAsync(september, people[0].Id, "decision", "decision", "follow_up");
        var october = await seed.MeetingAsync(groupA, "2026-10-08T15:00:00.0000000Z");
        int[] presentInOctober = [0, 1, 8, 9, 10];
        for (var i = 0; i < 11; i++)
        {
            await seed.AttendAsync(october, people[i].Id, people[i].Organisation, presentInOctober.Contains(i) ? "present" : "apologies");
        }

        await seed.OutcomesAsync(october, null, "decision");
        await seed.MeetingAsync(groupA, "2026-10-20T15:00:00.0000000Z", "cancelled");
        await seed.MeetingAsync(groupA, "2026-11-30T15:00:00.0000000Z");
        await seed.MeetingAsync(groupA, "2026-08-31T23:00:00.0000000Z");

        var author = people[0].Id;
        await seed.ItemAsync(groupA, "2026-09-01T10:00:00.0000000Z", "2026-09-15", "done", "2026-09-16T03:00:00.0000000Z", author);
        await seed.ItemAsync(groupA, "2026-09-02T10:00:00.0000000Z", "2026-09-20", "done", "2026-09-21T06:00:00.0000000Z", author);
        await seed.ItemAsync(groupA, "2026-10-01T10:00:00.0000000Z", "2026-10-10");
        await seed.ItemAsync(groupA, "2026-10-05T10:00:00.0000000Z", null, "done", "2026-10-06T10:00:00.0000000Z", author);
        await seed.ItemAsync(groupA, "2026-08-15T10:00:00.0000000Z", "2026-08-31", "cancelled", "2026-10-15T10:00:00.0000000Z", author);
        await seed.ItemAsync(groupA, "2026-11-02T10:00:00.0000000Z", "2026-12-01");
        for (var i = 0; i < 5; i++)
        {
            await seed.ItemAsync(groupA, "2026-11-03T10:00:00.0000000Z", "2026-11-10", "in_progress");
        }

        await seed.CommitmentsAsync(groupA, community, "on_track", 6);
        await seed.CommitmentsAsync(groupA, police, "at_risk", 2);
        await seed.CommitmentsAsync(groupA, mining, "fulfilled", 5);
        await seed.CommitmentsAsync(groupA, police, "withdrawn", 1);
    }

    private async Task SeedGroupBAsync(ProgressSeed seed)
    {
        var author = await seed.PersonAsync("b0", "woman");
        string[] onTime = ["2026-11-10T22:30:00.0000000Z", "2026-11-09T10:00:00.0000000Z", "2026-11-08T10:00:00.0000000Z", "2026-11-07T10:00:00.0000000Z", "2026-11-06T10:00:00.0000000Z"];
        string[] late = ["2026-11-10T23:30:00.0000000Z", "2026-11-12T10:00:00.0000000Z", "2026-11-13T10:00:00.0000000Z", "2026-11-14T10:00:00.0000000Z", "2026-11-15T10:00:00.0000000Z"];
        foreach (var done in onTime.Concat(late))
        {
            await seed.ItemAsync(groupB, "2026-11-01T10:00:00.0000000Z", "2026-11-10", "done", done, author);
        }
    }
}
