namespace Platform.Grains.Progress;

public sealed partial class ProgressQueries
{
    private const string SelectMeetingsHeld = """
        SELECT m.working_group_id AS GroupId,
               SUBSTR(m.starts_utc, 1, 7) AS Month,
               COUNT(*) AS Held,
               SUM((SELECT COUNT(*)
                    FROM outcome o
                    WHERE o.meeting_id = m.id
                      AND o.kind = 'decision'
                      AND EXISTS (SELECT 1 FROM record_revision r WHERE r.meeting_id = m.id))) AS Decisions
        FROM meeting m
        WHERE m.working_group_id IN @groupIds
          AND m.status = 'scheduled'
          AND m.starts_utc >= @from
          AND m.starts_utc < @until
        GROUP BY m.working_group_id, SUBSTR(m.starts_utc, 1, 7)
        """;

    private static async Task ReadMeetingsAsync(DbConnection connection, Scope scope, ReportPeriod period, Dictionary<string, GroupTally> tallies, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<(string GroupId, string Month, long Held, long Decisions)>(new CommandDefinition(
            SqlDialects.Of(connection).Lists(SelectMeetingsHeld), new { groupIds = scope.GroupIds, from = scope.From, until = scope.Until }, cancellationToken: cancellationToken));
        foreach (var row in rows)
        {
            var month = MonthIndex(period, row.Month);
            if (month >= 0)
            {
                tallies[row.GroupId].Held[month] = row.Held;
                tallies[row.GroupId].Decisions[month] = row.Decisions;
            }
        }
    }

    // The whole period per group: distinct people do not add up across months. The portfolio reads the same rows
    // through SelectPresence (ProgressQueries.Portfolio.cs), which keeps who was present rather than counting them.
    private const string SelectPeriodAttendance = """
        SELECT m.working_group_id AS GroupId,
               SUM(CASE WHEN a.user_id IS NOT NULL THEN 1 ELSE 0 END) AS Invited,
               SUM(CASE WHEN a.user_id IS NOT NULL AND a.status = 'present' THEN 1 ELSE 0 END) AS Present,
               COUNT(DISTINCT CASE WHEN a.status = 'present' AND u.gender = 'woman' THEN a.user_id END) AS Women,
               COUNT(DISTINCT CASE WHEN a.status = 'present' AND u.gender <> 'prefer_not_to_say' THEN a.user_id END) AS Declared,
               COUNT(DISTINCT CASE WHEN a.status = 'present' THEN o.stakeholder_type END) AS Types
        FROM attendance a
        JOIN meeting m ON m.id = a.meeting_id
        LEFT JOIN user_account u ON u.id = a.user_id
        LEFT JOIN organisation o ON o.id = a.organisation_id
        WHERE m.working_group_id IN @groupIds
          AND m.status = 'scheduled'
          AND m.starts_utc >= @from
          AND m.starts_utc < @until
        GROUP BY m.working_group_id
        """;

    private const string SelectMonthlyAttendance = """
        SELECT m.working_group_id AS GroupId,
               SUBSTR(m.starts_utc, 1, 7) AS Month,
               SUM(CASE WHEN a.user_id IS NOT NULL THEN 1 ELSE 0 END) AS Invited,
               SUM(CASE WHEN a.user_id IS NOT NULL AND a.status = 'present' THEN 1 ELSE 0 END) AS Present,
               COUNT(DISTINCT CASE WHEN a.status = 'present' AND u.gender = 'woman' THEN a.user_id END) AS Women,
               COUNT(DISTINCT CASE WHEN a.status = 'present' AND u.gender <> 'prefer_not_to_say' THEN a.user_id END) AS Declared
        FROM attendance a
        JOIN meeting m ON m.id = a.meeting_id
        LEFT JOIN user_account u ON u.id = a.user_id
        WHERE m.working_group_id IN @groupIds
          AND m.status = 'scheduled'
          AND m.starts_utc >= @from
          AND m.starts_utc < @until
        GROUP BY m.working_group_id, SUBSTR(m.starts_utc, 1, 7)
        """;

    private const string SelectPresentByType = """
        SELECT m.working_group_id AS GroupId,
               o.stakeholder_type AS StakeholderType,
               COUNT(*) AS Present
        FROM attendance a
        JOIN meeting m ON m.id = a.meeting_id
        LEFT JOIN organisation o ON o.id = a.organisation_id
        WHERE m.working_group_id IN @groupIds
          AND m.status = 'scheduled'
          AND m.starts_utc >= @from
          AND m.starts_utc < @until
          AND a.status = 'present'
        GROUP BY m.working_group_id, o.stakeholder_type
        """;

    /// <summary>A group summary's attendance: the period, month by month and by stakeholder type (the portfolio reads SelectPresence).</summary>
    private static async Task ReadAttendanceAsync(DbConnection connection, Scope scope, ReportPeriod period, Dictionary<string, GroupTally> tallies, CancellationToken cancellationToken)
    {
        var parameters = new { groupIds = scope.GroupIds, from = scope.From, until = scope.Until };
        var totals = await connection.QueryAsync<(string GroupId, long Invited, long Present, long Women, long Declared, long Types)>(
            new CommandDefinition(SqlDialects.Of(connection).Lists(SelectPeriodAttendance), parameters, cancellationToken: cancellationToken));
        foreach (var row in totals)
        {
            var tally = tallies[row.GroupId];
            (tally.PeriodInvited, tally.PeriodPresent, tally.PeriodWomen, tally.PeriodDeclared, tally.TypesPresent) = (row.Invited, row.Present, row.Women, row.Declared, row.Types);
        }

        var months = await connection.QueryAsync<(string GroupId, string Month, long Invited, long Present, long Women, long Declared)>(
            new CommandDefinition(SqlDialects.Of(connection).Lists(SelectMonthlyAttendance), parameters, cancellationToken: cancellationToken));
        foreach (var row in months)
        {
            if (MonthIndex(period, row.Month) is var month and >= 0)
            {
                var tally = tallies[row.GroupId];
                (tally.Invited[month], tally.Present[month], tally.Women[month], tally.Declared[month]) = (row.Invited, row.Present, row.Women, row.Declared);
            }
        }

        var byType = await connection.QueryAsync<(string GroupId, string? StakeholderType, long Present)>(
            new CommandDefinition(SqlDialects.Of(connection).Lists(SelectPresentByType), parameters, cancellationToken: cancellationToken));
        foreach (var row in byType)
        {
            var tally = tallies[row.GroupId];
            if (EnumText.TryParse<StakeholderType>(row.StakeholderType, out var type))
            {
                tally.PresentByType[type] = row.Present;
            }
            else
            {
                tally.PresentNotStated += row.Present;
            }
        }
    }
}
