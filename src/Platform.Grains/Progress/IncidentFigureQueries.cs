namespace Platform.Grains.Progress;

/// <summary>
/// Incident figures for whoever sees a group's aggregates (donors, facilitators, administrators): counts from GROUP BY
/// queries over the incident rows, which a purge leaves in place (kind, status, days, severity), so purged incidents
/// still count. Days are the group's own calendar days, so no time zone arithmetic is needed; the medians need the
/// days of each case and are taken in C# (neither database has a portable median).
/// </summary>
public sealed class IncidentFigureQueries(Database database, TimeProvider time)
{
    // The band: the highest of the three scales (NULL when not assessed: the three are set together).
    private const string Band = """
        CASE WHEN severity_scale = 3 OR severity_scope = 3 OR severity_irremediability = 3 THEN 3
             WHEN severity_scale = 2 OR severity_scope = 2 OR severity_irremediability = 2 THEN 2
             WHEN severity_scale = 1 OR severity_scope = 1 OR severity_irremediability = 1 THEN 1
             ELSE 0 END
        """;

    private const string SelectFigures = $"""
        SELECT working_group_id AS GroupId, substr(received_on, 1, 7) AS Month, kind AS Kind, {Band} AS Band, COUNT(*) AS Count
        FROM incident
        WHERE working_group_id IN @groupIds AND received_on >= @from AND received_on < @until
        GROUP BY working_group_id, substr(received_on, 1, 7), kind, {Band};
        SELECT working_group_id AS GroupId, substr(closed_on, 1, 7) AS Month, kind AS Kind, {Band} AS Band, COUNT(*) AS Count
        FROM incident
        WHERE working_group_id IN @groupIds AND status = 'closed' AND closed_on >= @from AND closed_on < @until
        GROUP BY working_group_id, substr(closed_on, 1, 7), kind, {Band};
        SELECT working_group_id AS GroupId, received_on AS Start, referred_on AS Finish
        FROM incident
        WHERE working_group_id IN @groupIds AND referred_on >= @from AND referred_on < @until;
        SELECT working_group_id AS GroupId, received_on AS Start, closed_on AS Finish
        FROM incident
        WHERE working_group_id IN @groupIds AND status = 'closed' AND closed_on >= @from AND closed_on < @until
        """;

    /// <summary>One group's figures for the quarters of <paramref name="period"/> (see <see cref="IncidentFigureRules.Quarters"/>).</summary>
    public async Task<GroupIncidentFigures> GroupAsync(Guid groupId, ReportPeriod period, CancellationToken cancellationToken = default) =>
        (await GroupsAsync([groupId], period, cancellationToken))[0];

    /// <summary>Each group's figures, in the order given; never a sum over groups.</summary>
    public async Task<IReadOnlyList<GroupIncidentFigures>> GroupsAsync(IReadOnlyList<Guid> groupIds, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groupIds);
        var quarters = IncidentFigureRules.Quarters(period, time.GetUtcNow());
        if (quarters.Count == 0 || groupIds.Count == 0)
        {
            return [.. groupIds.Select(g => new GroupIncidentFigures(g, []))];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.QueryMultipleAsync(new CommandDefinition(
            SqlDialects.Of(connection).Lists(SelectFigures),
            new { groupIds = groupIds.Select(g => g.ToString()).ToList(), from = Day(quarters[0].From), until = Day(quarters[^1].To) },
            cancellationToken: cancellationToken));
        var received = (await reader.ReadAsync<CountRow>()).ToList();
        var closed = (await reader.ReadAsync<CountRow>()).ToList();
        var referrals = (await reader.ReadAsync<SpanRow>()).ToList();
        var closures = (await reader.ReadAsync<SpanRow>()).ToList();
        return [.. groupIds.Select(g =>
        {
            var key = g.ToString();
            return new GroupIncidentFigures(g, [.. quarters.Select(q => new QuarterIncidentFigures(
                q,
                Flow(received.Where(r => r.GroupId == key && In(q, r.Month + "-01"))),
                Flow(closed.Where(r => r.GroupId == key && In(q, r.Month + "-01"))),
                IncidentFigureRules.Median([.. Days(referrals, key, q)]),
                IncidentFigureRules.Median([.. Days(closures, key, q)])))]);
        })];
    }

    private static IncidentFlow Flow(IEnumerable<CountRow> rows)
    {
        var list = rows.ToList();
        var byKind = list.GroupBy(r => EnumText.Parse<IncidentKind>(r.Kind)).ToDictionary(k => k.Key, k => k.Sum(r => r.Count));
        var byBand = list.GroupBy(r => (SeverityBand)r.Band).ToDictionary(b => b.Key, b => b.Sum(r => r.Count));
        return IncidentFigureRules.Flow(byKind, byBand);
    }

    private static IEnumerable<int> Days(IEnumerable<SpanRow> rows, string groupId, IncidentQuarter quarter) =>
        rows.Where(r => r.GroupId == groupId && In(quarter, r.Finish))
            .Select(r => DateOnly.ParseExact(r.Finish, "yyyy-MM-dd").DayNumber - DateOnly.ParseExact(r.Start, "yyyy-MM-dd").DayNumber);

    private static bool In(IncidentQuarter quarter, string day) =>
        string.CompareOrdinal(day, Day(quarter.From)) >= 0 && string.CompareOrdinal(day, Day(quarter.To)) < 0;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private sealed class CountRow
    {
        public string GroupId { get; set; } = "";

        public string Month { get; set; } = "";

        public string Kind { get; set; } = "";

        public long Band { get; set; }

        public long Count { get; set; }
    }

    private sealed class SpanRow
    {
        public string GroupId { get; set; } = "";

        public string Start { get; set; } = "";

        public string Finish { get; set; } = "";
    }
}
