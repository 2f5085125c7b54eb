using Platform.Grains.Progress;

namespace Platform.Grains.Tests.Progress;

/// <summary>
/// The portfolio keeps each group's tally between views (PortfolioCache); these tests compare what it shows, view after
/// view on one <see cref="ProgressQueries"/>, with each group's summary (<see cref="ProgressQueries.GroupAsync"/>, read
/// afresh every time by its own queries) on randomised groups, after every kind of change the figures count. Group
/// writes go as the grains do them: rows and a journal entry with the group's id in one transaction; a gender is
/// changed as the account store does (no journal entry), an organisation's type with an entry for no group.
/// </summary>
public sealed class PortfolioCacheTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly string[] Zones = ["America/Bogota", "Europe/Madrid", "Asia/Tokyo", "Pacific/Auckland", "Africa/Accra"];
    private static readonly string[] Genders = ["woman", "man", "self_described", "prefer_not_to_say"];
    private static readonly string[] Types = ["community", "public_security_police", "large_scale_mining", "civil_society", "local_government"];
    private static readonly string[] ItemStatuses = ["open", "in_progress", "blocked", "done", "cancelled"];
    private static readonly string[] CommitmentStatuses = ["on_track", "at_risk", "off_track", "fulfilled", "withdrawn"];

    private readonly FakeTimeProvider clock = new(Now);
    private readonly List<Guid> groups = [];
    private TempDatabase db = null!;
    private ProgressQueries queries = null!;
    private ProgressFilter filter = null!;
    private string donor = "";

    public async Task InitializeAsync()
    {
        db = await TempDatabase.MigratedAsync("NORMAL");
        queries = new ProgressQueries(db.Database, clock);
        filter = new ProgressFilter(ReportPeriod.Parse("2026-05", "2026-11", Now));
        var seed = new ProgressSeed(db.Database);
        donor = await seed.PersonAsync("donor", "prefer_not_to_say");
        var random = new Random(13);
        for (var g = 0; g < Zones.Length; g++)
        {
            var group = await seed.GroupAsync($"Mesa {g}", g % 2 == 0 ? "monthly" : "weekly", Zones[g], "2026-02-01T00:00:00.0000000Z");
            groups.Add(group);
            await seed.PortfolioAsync(donor, group);
            await RandomGroupAsync(seed, random, group, g);
        }

        // Stamped a little after now, as by a host whose clock runs ahead: counted once the clock reaches them.
        await seed.ItemAsync(groups[0], Stored(Now.AddHours(2)), "2026-11-24");
        await seed.ItemAsync(groups[1], Stored(Now.AddDays(-3)), "2026-11-21", "done", Stored(Now.AddHours(4)), donor);
    }

    public Task DisposeAsync()
    {
        db.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task PortfolioAsync_EveryKindOfChange_EqualsEachGroupsSummaryReadAfresh()
    {
        await AssertSameAsSummariesAsync("cold");
        await AssertSameAsSummariesAsync("kept");
        var (g, other) = (groups[0].ToString(), groups[1].ToString());

        await ChangeAsync(groups[0], "INSERT INTO action_item (id, working_group_id, title, due_date, status, version, created_at, updated_at) VALUES (@id, @g, 'New', '2026-11-20', 'open', 1, @now, @now)", new { id = Guid.NewGuid().ToString(), g, now = Stored(Now.AddHours(-1)) });
        await AssertSameAsSummariesAsync("item created");
        var item = await ScalarAsync("SELECT id FROM action_item WHERE working_group_id = @g AND status = 'open' ORDER BY created_at LIMIT 1", new { g });
        await ChangeAsync(groups[0], """
            UPDATE action_item SET status = 'done', updated_at = @now WHERE id = @item;
            INSERT INTO action_item_update (id, action_item_id, text, status_from, status_to, created_by, created_at) VALUES (@u, @item, 'Done', 'open', 'done', @donor, @now);
            """, new { item, donor, u = Guid.NewGuid().ToString(), now = Stored(Now.AddHours(-1)) });
        await AssertSameAsSummariesAsync("item closed");
        await ChangeAsync(groups[0], "UPDATE action_item SET status = 'in_progress', updated_at = @now WHERE id = @item", new { item, now = Stored(Now.AddHours(-1)) });
        await AssertSameAsSummariesAsync("item reopened");
        var done = await ScalarAsync("SELECT id FROM action_item WHERE working_group_id = @g AND status = 'done' ORDER BY created_at LIMIT 1", new { g = other });
        await ChangeAsync(groups[1], "INSERT INTO action_item_update (id, action_item_id, text, status_from, status_to, created_by, created_at) VALUES (@u, @done, 'Later', 'done', 'done', @donor, @now)", new { done, donor, u = Guid.NewGuid().ToString(), now = Stored(new DateTimeOffset(2026, 5, 2, 9, 0, 0, TimeSpan.Zero)) });
        await AssertSameAsSummariesAsync("progress");

        var meeting = await ScalarAsync("SELECT id FROM meeting WHERE working_group_id = @g AND status = 'scheduled' AND starts_utc < @now ORDER BY starts_utc DESC LIMIT 1", new { g, now = Stored(Now) });
        await ChangeAsync(groups[0], "UPDATE attendance SET status = CASE status WHEN 'present' THEN 'absent' ELSE 'present' END WHERE meeting_id = @meeting", new { meeting });
        await AssertSameAsSummariesAsync("attendance");
        await ChangeAsync(groups[0], "UPDATE meeting SET status = 'cancelled' WHERE id = @meeting", new { meeting });
        await AssertSameAsSummariesAsync("meeting cancelled");
        var unpublished = await ScalarAsync("SELECT m.id FROM meeting m WHERE m.working_group_id = @g AND m.starts_utc < @now AND NOT EXISTS (SELECT 1 FROM record_revision r WHERE r.meeting_id = m.id) AND EXISTS (SELECT 1 FROM outcome o WHERE o.meeting_id = m.id AND o.kind = 'decision') LIMIT 1", new { g = other, now = Stored(Now) });
        await ChangeAsync(groups[1], "INSERT INTO record_revision (meeting_id, revision, published_at, published_by, snapshot) VALUES (@unpublished, 1, @now, @donor, '{}')", new { unpublished, donor, now = Stored(Now.AddHours(-1)) });
        await AssertSameAsSummariesAsync("record published");
        await ChangeAsync(groups[1], """
            INSERT INTO outcome (id, meeting_id, agenda_item_id, kind, decision_number, text, created_at)
            SELECT @o, @unpublished, agenda_item_id, 'decision', 9, 'Corrected', @now FROM outcome WHERE meeting_id = @unpublished LIMIT 1;
            INSERT INTO record_revision (meeting_id, revision, published_at, published_by, snapshot) VALUES (@unpublished, 2, @now, @donor, '{}');
            """, new { unpublished, donor, o = Guid.NewGuid().ToString(), now = Stored(Now.AddHours(-1)) });
        await AssertSameAsSummariesAsync("record corrected");
        await ChangeAsync(groups[2], "UPDATE commitment SET status = 'fulfilled' WHERE working_group_id = @g AND status <> 'fulfilled'", new { g = groups[2].ToString() });
        await AssertSameAsSummariesAsync("commitment milestone");
        await ChangeAsync(groups[3], "UPDATE working_group SET time_zone = 'Asia/Kolkata', name = 'Mesa renamed' WHERE id = @g", new { g = groups[3].ToString() });
        await AssertSameAsSummariesAsync("group edited");
    }

    [Fact]
    public async Task PortfolioAsync_ChangesNoGroupJournals_EqualsEachGroupsSummaryReadAfresh()
    {
        await AssertSameAsSummariesAsync("kept");

        await ChangeAsync(null, journal: false, "UPDATE user_account SET gender = CASE gender WHEN 'woman' THEN 'man' ELSE 'woman' END WHERE id IN (SELECT user_id FROM attendance WHERE status = 'present' LIMIT 7)", new { });
        await AssertSameAsSummariesAsync("genders changed without a journal entry");
        await ChangeAsync(null, "UPDATE organisation SET stakeholder_type = 'academic'", new { });
        await AssertSameAsSummariesAsync("organisation types changed");
    }

    [Fact]
    public async Task PortfolioAsync_ClockPassesAMeetingAndMidnights_EqualsEachGroupsSummaryReadAfresh()
    {
        await AssertSameAsSummariesAsync("kept");

        // Nothing is written: a meeting of today starts, then each group's local midnight passes, so items fall overdue.
        foreach (var hours in new[] { 3, 3, 6, 6, 6, 6, 24 * 8 })
        {
            clock.Advance(TimeSpan.FromHours(hours));
            await AssertSameAsSummariesAsync($"clock at {clock.GetUtcNow():O}");
        }
    }

    private async Task AssertSameAsSummariesAsync(string step)
    {
        var portfolio = await queries.PortfolioAsync(donor, filter);
        Assert.Equal(groups.Count, portfolio.Count);
        foreach (var shown in portfolio)
        {
            var summary = (await new ProgressQueries(db.Database, clock).GroupAsync(shown.GroupId, filter.Period))!;
            Assert.True(summary.Totals == shown.Totals, $"{step}: {shown.Name} totals {shown.Totals} but summary {summary.Totals}");
            Assert.Equal(Monthly(summary), Monthly(shown));
            Assert.Equal(summary.Commitments, shown.Commitments);
            Assert.Equal(summary.Name, shown.Name);
        }
    }

    private static List<(Cell, Cell, Cell, Cell, Cell, Cell, Cell)> Monthly(GroupProgress p) =>
        [.. p.Months.Select(m => (m.MeetingsHeld, m.MeetingsPlanned, m.Decisions, m.ItemsOpened, m.ItemsDone, m.ItemsOverdue, m.OnTimeRate))];

    private static async Task RandomGroupAsync(ProgressSeed seed, Random random, Guid group, int index)
    {
        var organisations = new List<Guid>();
        for (var o = 0; o < 4; o++)
        {
            organisations.Add(await seed.OrganisationAsync($"Org {index}.{o}", Types[random.Next(Types.Length)]));
        }

        var people = new List<(string Id, Guid Organisation)>();
        for (var p = 0; p < 14; p++)
        {
            var person = (await seed.PersonAsync($"p{index}.{p}", Genders[random.Next(Genders.Length)]), organisations[random.Next(organisations.Count)]);
            await seed.SeatAsync(group, person.Item1, person.Item2);
            people.Add(person);
        }

        // Meetings from mid-May to the end of November, one later today; some cancelled, most with a record.
        var starts = Enumerable.Range(0, 10).Select(_ => new DateTimeOffset(2026, 5, 15, 14, 0, 0, TimeSpan.Zero).AddDays(random.Next(200)))
            .Append(Now.AddHours(5)).ToList();
        foreach (var start in starts)
        {
            var meeting = await seed.MeetingAsync(group, Stored(start), random.Next(10) == 0 ? "cancelled" : "scheduled");
            foreach (var (person, organisation) in people.Where(_ => random.Next(5) > 0))
            {
                await seed.AttendAsync(meeting, person, organisation, random.Next(4) switch { 0 => "absent", 1 => "apologies", _ => "present" });
            }

            if (random.Next(3) == 0)
            {
                await seed.AttendAsync(meeting, null, random.Next(2) == 0 ? organisations[0] : null, "present");
            }

            await seed.OutcomesAsync(meeting, random.Next(3) > 0 ? people[0].Id : null, [.. Enumerable.Repeat("decision", random.Next(4)).Append("follow_up")]);
        }

        for (var i = 0; i < 40; i++)
        {
            var created = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(340_000));
            var due = random.Next(4) == 0 ? null : DateOnly.FromDateTime(created.UtcDateTime).AddDays(random.Next(-5, 60)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var status = ItemStatuses[random.Next(ItemStatuses.Length)];
            var closed = status is "done" or "cancelled" ? created.AddMinutes(random.Next(1, (int)(Now - created).TotalMinutes)) : (DateTimeOffset?)null;
            await seed.ItemAsync(group, Stored(created), due, status, closed is { } c ? Stored(c) : null, people[0].Id);
        }

        foreach (var status in CommitmentStatuses)
        {
            await seed.CommitmentsAsync(group, organisations[random.Next(organisations.Count)], status, random.Next(0, 8));
        }
    }

    /// <summary>Rows and, unless told not to, a journal entry for <paramref name="groupId"/> (or for no group) in one transaction.</summary>
    private Task ChangeAsync(Guid? groupId, string sql, object parameters) => ChangeAsync(groupId, journal: true, sql, parameters);

    private async Task ChangeAsync(Guid? groupId, bool journal, string sql, object parameters)
    {
        await using var connection = await db.Database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(sql, parameters, transaction);
        if (journal)
        {
            await new JournalWriter(clock).AppendAsync(connection, transaction, new NewJournalEntry(groupId, "test", "row", "changed", null, "Test change"));
        }

        await transaction.CommitAsync();
    }

    private async Task<string> ScalarAsync(string sql, object parameters)
    {
        await using var connection = await db.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<string>(sql, parameters) ?? throw new InvalidOperationException("No row for the change: " + sql);
    }

    private static string Stored(DateTimeOffset value) => Platform.Grains.Storage.StoredTime.Write(value);
}
