using NodaTime;
using Platform.Grains.Commitments;
using Platform.Grains.Meetings;
using Platform.Grains.Storage;

namespace Platform.Grains.Progress;

public sealed partial class ProgressQueries
{
    // Items still open at the period's start or opened inside it. Due dates are local days in the group's zone,
    // which portable SQL cannot compare with UTC instants, so the last step happens in C# (NodaTime).
    private const string SelectItems = """
        SELECT i.working_group_id AS GroupId,
               i.created_at AS CreatedAt,
               i.due_date AS DueDate,
               i.status AS Status,
               i.updated_at AS UpdatedAt,
               (SELECT MIN(u.created_at)
                FROM action_item_update u
                WHERE u.action_item_id = i.id
                  AND u.status_to = 'done') AS DoneAt,
               (SELECT MIN(u.created_at)
                FROM action_item_update u
                WHERE u.action_item_id = i.id
                  AND u.status_to IN ('done', 'cancelled')) AS ClosedAt
        FROM action_item i
        WHERE i.working_group_id IN @groupIds
          AND i.created_at < @until
        """;

    private static async Task ReadItemsAsync(DbConnection connection, Scope scope, ReportPeriod period, DateTimeOffset now, Dictionary<string, GroupTally> tallies, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<ItemRow>(new CommandDefinition(
            SelectItems, new { groupIds = scope.GroupIds, until = scope.Until }, cancellationToken: cancellationToken));
        var monthEnds = period.Months.Select(m => Instant.FromDateTimeOffset(Min(new DateTimeOffset(m.AddMonths(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), now))).ToArray();
        var zones = new Dictionary<string, (DateTimeZone Zone, LocalDate[] EndDays)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var tally = tallies[row.GroupId];
            if (!zones.TryGetValue(tally.TimeZone, out var zone))
            {
                var tz = DateTimeZoneProviders.Tzdb[tally.TimeZone];
                zones[tally.TimeZone] = zone = (tz, [.. monthEnds.Select(e => e.InZone(tz).Date)]);
            }

            Tally(tally, period, row, zone.Zone, monthEnds, zone.EndDays);
        }
    }

    private static void Tally(GroupTally tally, ReportPeriod period, ItemRow row, DateTimeZone zone, Instant[] monthEnds, LocalDate[] endDays)
    {
        var doneAt = row.DoneAt ?? (row.Status == "done" ? row.UpdatedAt : null);
        var closedAt = row.ClosedAt ?? (row.Status is "done" or "cancelled" ? row.UpdatedAt : null);
        LocalDate? due = row.DueDate is null ? null : MeetingTime.ReadDate(row.DueDate);
        if (MonthIndex(period, row.CreatedAt) is var opened and >= 0)
        {
            tally.Opened[opened]++;
        }

        if (doneAt is not null && MonthIndex(period, doneAt) is var done and >= 0 && Instant.FromDateTimeOffset(StoredTime.Read(doneAt)) < monthEnds[done])
        {
            tally.Done[done]++;
            if (due is { } d)
            {
                tally.DoneWithDue[done]++;
                tally.OnTime[done] += Instant.FromDateTimeOffset(StoredTime.Read(doneAt)).InZone(zone).Date <= d ? 1 : 0;
            }
        }

        if (due is not { } dueDay)
        {
            return;
        }

        var created = StoredTime.Read(row.CreatedAt);
        var closed = closedAt is null ? (DateTimeOffset?)null : StoredTime.Read(closedAt);
        for (var month = 0; month < monthEnds.Length; month++)
        {
            var end = monthEnds[month].ToDateTimeOffset();
            if (created < end && dueDay < endDays[month] && (closed is null || closed >= end))
            {
                tally.Overdue[month]++;
            }
        }
    }

    private const string SelectCommitments = """
        SELECT c.working_group_id AS GroupId,
               c.status AS Status,
               COUNT(*) AS Commitments
        FROM commitment c
        WHERE c.working_group_id IN @groupIds
          AND c.created_at < @until
        GROUP BY c.working_group_id, c.status
        """;

    private static async Task ReadCommitmentsAsync(DbConnection connection, Scope scope, Dictionary<string, GroupTally> tallies, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<(string GroupId, string Status, long Commitments)>(new CommandDefinition(
            SelectCommitments, new { groupIds = scope.GroupIds, until = scope.Until }, cancellationToken: cancellationToken));
        foreach (var row in rows)
        {
            tallies[row.GroupId].Commitments[EnumText.Parse<CommitmentStatus>(row.Status)] = row.Commitments;
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    // Settable properties, not a positional record: a NULL in the first row would make Dapper guess a constructor's types.
    private sealed class ItemRow
    {
        public string GroupId { get; init; } = "";
        public string CreatedAt { get; init; } = "";
        public string? DueDate { get; init; }
        public string Status { get; init; } = "";
        public string UpdatedAt { get; init; } = "";
        public string? DoneAt { get; init; }
        public string? ClosedAt { get; init; }
    }
}
