namespace Platform.Grains.Progress;

/// <summary>
/// Progress figures for donors and facilitators, from a handful of GROUP BY queries over the same tables the grains
/// write (never by asking grains): a portfolio of 200 groups costs the same number of statements as one group.
/// Definitions (also in the issue note):
/// <list type="bullet">
/// <item>Meeting held: not cancelled, starting inside the period and before now (a record need not be published).</item>
/// <item>Planned: the cadence's meetings per year (weekly 52, fortnightly 26, monthly 12, bimonthly 6, quarterly 4),
/// prorated by day to the part of the period after the group was created and before now; "as needed" plans none.</item>
/// <item>Attendance rate: members marked present / members with an attendance row, over held meetings (guests left out).</item>
/// <item>Women's share: distinct women present / distinct people present who declared a gender (not "prefer not to say").</item>
/// <item>Decisions recorded: decision outcomes of held meetings whose record has been published.</item>
/// <item>Action items, each by its current state: opened = created in the month; done = a done item whose first update
/// to "done" (or last change, without one) falls in the month; overdue at a month's end = due before that day in the
/// group's zone and not done or cancelled by then; on time = done on or before the due date in the group's zone, over
/// done items with one.</item>
/// <item>Commitments: current status of those made before the period's end (statuses keep no history); share
/// fulfilled = fulfilled / not withdrawn.</item>
/// </list>
/// </summary>
public sealed partial class ProgressQueries(Database database, TimeProvider time)
{
    // The columns of GroupRow, in the two queries GroupsAsync runs (a group of the portfolio, or one group).
    private const string GroupColumns = """
        g.id AS Id,
        g.name AS Name,
        g.country AS Country,
        g.cadence AS Cadence,
        g.time_zone AS TimeZone,
        g.created_at AS CreatedAt
        """;

    private const string SelectPortfolioGroups = $$"""
        SELECT {{GroupColumns}}
        FROM donor_portfolio p
        JOIN user_role r ON r.user_id = p.user_id AND r.role = 'donor'
        JOIN working_group g ON g.id = p.working_group_id
        WHERE p.user_id = @userId
          AND (@country IS NULL OR g.country = @country)
          AND (@stakeholderType IS NULL OR EXISTS (
                SELECT 1
                FROM membership m
                JOIN organisation o ON o.id = m.organisation_id
                WHERE m.working_group_id = g.id
                  AND o.stakeholder_type = @stakeholderType))
        ORDER BY g.name, g.id
        """;

    /// <summary>
    /// Every group in <paramref name="userId"/>'s portfolio that passes the filter, by name. The period figures equal
    /// the group summary's; of the months only meetings held, decisions and items are read (the portfolio's trend and
    /// CSV show meetings held per month), not monthly attendance or attendance by stakeholder type.
    /// </summary>
    public async Task<IReadOnlyList<GroupProgress>> PortfolioAsync(string userId, ProgressFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var groups = await GroupsAsync(SelectPortfolioGroups, new
        {
            userId,
            country = string.IsNullOrWhiteSpace(filter.Country) ? null : filter.Country,
            stakeholderType = filter.StakeholderType is { } t ? EnumText.ToText(t) : null,
        }, cancellationToken);
        return await PortfolioFiguresAsync(groups, filter.Period, cancellationToken);
    }

    private const string SelectGroup = $$"""
        SELECT {{GroupColumns}}
        FROM working_group g
        WHERE g.id = @groupId
        """;

    /// <summary>One group's figures month by month, or null when there is no such group.</summary>
    public async Task<GroupProgress?> GroupAsync(Guid groupId, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var groups = await GroupsAsync(SelectGroup, new { groupId = groupId.ToString() }, cancellationToken);
        var figures = await FiguresAsync(groups, period, cancellationToken);
        return figures.Count == 0 ? null : figures[0];
    }

    // Runs SelectPortfolioGroups or SelectGroup (both above), then lets the connection go before the figures are read.
    private async Task<IReadOnlyList<GroupRow>> GroupsAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        return [.. await database.QueryAsync<GroupRow>(sql, parameters, cancellationToken)];
    }

    private async Task<IReadOnlyList<GroupProgress>> FiguresAsync(IReadOnlyList<GroupRow> groups, ReportPeriod period, CancellationToken cancellationToken)
    {
        if (groups.Count == 0)
        {
            return [];
        }

        var now = time.GetUtcNow();
        var months = period.MonthCount;
        var tallies = groups.ToDictionary(
            g => g.Id,
            g => new GroupTally(Guid.Parse(g.Id), g.Name, g.Country, EnumText.Parse<MeetingCadence>(g.Cadence), g.TimeZone, StoredTime.Read(g.CreatedAt), months),
            StringComparer.Ordinal);
        var scope = new Scope([.. tallies.Keys], StoredTime.Write(period.FromUtc), StoredTime.Write(period.ToUtc < now ? period.ToUtc : now));
        // Four independent reads, each on its own connection (WAL lets readers run side by side), so the page waits for
        // the slowest rather than the sum. Each fills its own fields of the tallies; none adds or removes a group.
        await Task.WhenAll(
            ReadAsync((c, ct) => ReadMeetingsAsync(c, scope, period, tallies, ct), cancellationToken),
            ReadAsync((c, ct) => ReadAttendanceAsync(c, scope, period, tallies, ct), cancellationToken),
            ReadAsync((c, ct) => ReadItemsAsync(c, scope, period, now, tallies, ct), cancellationToken),
            ReadAsync((c, ct) => ReadCommitmentsAsync(c, scope, tallies, ct), cancellationToken));
        return [.. groups.Select(g => ProgressCalculator.Build(tallies[g.Id], period, now))];
    }

    private async Task ReadAsync(Func<DbConnection, CancellationToken, Task> read, CancellationToken cancellationToken)
    {
        await Task.Yield(); // opening a SQLite connection completes synchronously: yield first, or the reads run one by one
        await using var connection = await database.OpenAsync(cancellationToken);
        await read(connection, cancellationToken);
    }

    private async Task<T> ReadAsync<T>(Func<DbConnection, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        await Task.Yield();
        await using var connection = await database.OpenAsync(cancellationToken);
        return await read(connection, cancellationToken);
    }

    /// <summary>The month of a stored "yyyy-MM…" time as an index into the period, or -1 outside it.</summary>
    private static int MonthIndex(ReportPeriod period, string? stored)
    {
        if (stored is null || stored.Length < 7 || !int.TryParse(stored.AsSpan(0, 4), out var year) || !int.TryParse(stored.AsSpan(5, 2), out var month))
        {
            return -1;
        }

        var index = ((year - period.From.Year) * 12) + month - period.From.Month;
        return index >= 0 && index < period.MonthCount ? index : -1;
    }

    /// <summary>The groups and the [from, until) window every query reads; until is the period's end or now.</summary>
    private sealed record Scope(IReadOnlyList<string> GroupIds, string From, string Until);

    private sealed record GroupRow(string Id, string Name, string Country, string Cadence, string TimeZone, string CreatedAt);
}
