using Platform.Grains.Incidents;
using Platform.Grains.Progress;

namespace Platform.Grains.Tests.Progress;

/// <summary>
/// Incident figures on rows written straight into the incident table (as the grain leaves them, purged rows included).
/// Now is 23 Nov 2026; the period January–November 2026 has three ended quarters.
/// </summary>
public sealed class IncidentFigureQueriesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly ReportPeriod Period = ReportPeriod.Parse("2026-01", "2026-11", Now);

    private TempDatabase db = null!;
    private IncidentFigureQueries queries = null!;
    private Guid group;
    private Guid other;
    private int number;

    public async Task InitializeAsync()
    {
        db = await TempDatabase.MigratedAsync("NORMAL");
        queries = new IncidentFigureQueries(db.Database, new FakeTimeProvider(Now));
        var seed = new ProgressSeed(db.Database);
        group = await seed.GroupAsync("A mesa", "monthly", "America/Bogota", ProgressSeed.Created);
        other = await seed.GroupAsync("B mesa", "monthly", "America/Bogota", ProgressSeed.Created);
    }

    public Task DisposeAsync()
    {
        db.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task GroupAsync_OneSmallKind_TotalShownAndBiggerKindHidden()
    {
        for (var i = 0; i < 6; i++)
        {
            await IncidentAsync(group, "grievance_land", "2026-02-0" + (i + 1), severity: 3, purged: i < 2);
        }

        await IncidentAsync(group, "use_of_force", "2026-03-31", severity: null);
        await IncidentAsync(other, "use_of_force", "2026-03-01", severity: null);

        var q1 = (await queries.GroupAsync(group, Period)).Quarters[0];

        // 7 received (two of them purged): land 6 hidden, else 7 − 6 = 1 use of force; high 6 hidden beside 1 not assessed.
        Assert.Equal(new IncidentQuarter(2026, 1), q1.Quarter);
        Assert.Equal(Cell.Exact(7), q1.Received.Total);
        Assert.Equal(Cell.Hidden, q1.Received.ByKind.Single(k => k.Kind == IncidentKind.GrievanceLand).Count);
        Assert.Equal(Cell.Small, q1.Received.ByKind.Single(k => k.Kind == IncidentKind.UseOfForce).Count);
        Assert.Equal([Cell.Small, Cell.Exact(0), Cell.Exact(0), Cell.Hidden], q1.Received.ByBand.Select(b => b.Count));
    }

    [Fact]
    public async Task GroupAsync_FourKindsInAQuarter_KindsWithheldTotalSmall()
    {
        foreach (var kind in new[] { "grievance_land", "grievance_water", "use_of_force", "other" })
        {
            await IncidentAsync(group, kind, "2026-08-10", severity: 2);
        }

        var q3 = (await queries.GroupAsync(group, Period)).Quarters[2];

        Assert.Equal(Cell.Small, q3.Received.Total);
        Assert.True(q3.Received.KindsWithheld);
        Assert.All(q3.Received.ByKind, k => Assert.Equal(Cell.None, k.Count));
        Assert.Equal(Cell.Small, q3.Received.ByBand.Single(b => b.Band == SeverityBand.Medium).Count);
    }

    [Fact]
    public async Task GroupAsync_ClosedAndReferred_CountedInTheQuarterTheyHappenedWithMedians()
    {
        // Received on 1 March, first referred after 10, 12, 14, 31, 40 days, closed in the second quarter after 60–64 days.
        int[] toReferral = [10, 12, 14, 31, 40];
        for (var i = 0; i < 5; i++)
        {
            var received = new DateOnly(2026, 3, 1);
            await IncidentAsync(group, "abuse_by_private_security", Day(received), severity: 1,
                referredOn: Day(received.AddDays(toReferral[i])), closedOn: Day(received.AddDays(60 + i)), purged: i == 0);
        }

        // Closed in Q2 as well, but reopened since: not counted as closed.
        await IncidentAsync(group, "other", "2026-04-01", severity: 1, closedOn: "2026-05-01", status: "assessed");

        var figures = await queries.GroupAsync(group, Period);
        var (q1, q2) = (figures.Quarters[0], figures.Quarters[1]);

        Assert.Equal(Cell.Exact(5), q1.Received.Total);
        Assert.Equal(Cell.Exact(0), q1.Closed.Total);
        // First referrals: three in March and two in April, too few for a median in either quarter.
        Assert.Equal(Cell.None, q1.MedianDaysToReferral);
        Assert.Equal(Cell.None, q2.MedianDaysToReferral);
        Assert.Equal(Cell.Exact(5), q2.Closed.Total);
        Assert.Equal(Cell.Exact(5), q2.Closed.ByKind.Single(k => k.Kind == IncidentKind.AbuseByPrivateSecurity).Count);
        Assert.Equal(Cell.Exact(5), q2.Closed.ByBand.Single(b => b.Band == SeverityBand.Low).Count);
        Assert.Equal(Cell.Exact(62), q2.MedianDaysToClosure);
    }

    [Fact]
    public async Task GroupAsync_FiveReferralsInAQuarter_MedianShown()
    {
        foreach (var days in new[] { 3, 5, 8, 9, 40 })
        {
            await IncidentAsync(group, "other", "2026-07-01", severity: 1, referredOn: Day(new DateOnly(2026, 7, 1).AddDays(days)));
        }

        var q3 = (await queries.GroupAsync(group, Period)).Quarters[2];

        Assert.Equal(Cell.Exact(8), q3.MedianDaysToReferral);
    }

    [Fact]
    public async Task GroupAsync_TwoPeriodsEndingInTheSameQuarter_SameBlocksSoNothingToSubtract()
    {
        for (var i = 0; i < 6; i++)
        {
            await IncidentAsync(group, "other", i < 5 ? "2026-07-01" : "2026-09-30", severity: null);
        }

        await IncidentAsync(group, "other", "2026-11-02", severity: null);

        var long_ = await queries.GroupAsync(group, Period);
        var short_ = await queries.GroupAsync(group, ReportPeriod.Parse("2026-07", "2026-08", Now));

        // The last September incident and the November one cannot be isolated by choosing periods: Q3 counts whole, Q4 not yet.
        Assert.Equal(Cells(long_.Quarters[2]), Cells(short_.Quarters.Single()));
        Assert.Equal(Cell.Exact(6), short_.Quarters.Single().Received.Total);
        Assert.DoesNotContain(long_.Quarters, q => q.Quarter.Number == 4);
    }

    [Fact]
    public async Task GroupsAsync_SeveralGroups_EachCountedApartNeverSummed()
    {
        await IncidentAsync(group, "other", "2026-05-05", severity: null);
        await IncidentAsync(other, "other", "2026-05-05", severity: null);

        var figures = await queries.GroupsAsync([group, other], Period);

        Assert.Equal([group, other], figures.Select(f => f.GroupId));
        Assert.All(figures, f => Assert.Equal(Cell.Small, f.Quarters[1].Received.Total));
    }

    private static List<Cell> Cells(QuarterIncidentFigures q) =>
    [
        q.Received.Total, .. q.Received.ByKind.Select(k => k.Count), .. q.Received.ByBand.Select(b => b.Count),
        q.Closed.Total, .. q.Closed.ByKind.Select(k => k.Count), .. q.Closed.ByBand.Select(b => b.Count),
        q.MedianDaysToReferral, q.MedianDaysToClosure,
    ];

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task IncidentAsync(Guid groupId, string kind, string receivedOn, int? severity, string? referredOn = null, string? closedOn = null, bool purged = false, string? status = null)
    {
        status ??= closedOn is not null ? "closed" : referredOn is not null ? "referred" : severity is null ? "received" : "assessed";
        await using var connection = await db.Database.OpenAsync();
        await connection.ExecuteAsync("""
            INSERT INTO incident (id, working_group_id, number, kind, status, closure, channel, received_on, narrative_sealed,
                severity_scale, severity_scope, severity_irremediability, referred_on, closed_on, purged_on, version)
            VALUES (@id, @groupId, @number, @kind, @status, @closure, 'web_form', @receivedOn, @narrative,
                @low, @low, @severity, @referredOn, @closedOn, @purgedOn, 1)
            """, new
        {
            id = Guid.NewGuid().ToString(),
            groupId = groupId.ToString(),
            number = ++number,
            kind,
            status,
            closure = status == "closed" ? "resolved" : null,
            receivedOn,
            narrative = purged ? null : "v1:sealed",
            low = severity is null ? (int?)null : 1,
            severity,
            referredOn,
            closedOn,
            purgedOn = purged ? "2026-11-01" : null,
        });
    }
}
