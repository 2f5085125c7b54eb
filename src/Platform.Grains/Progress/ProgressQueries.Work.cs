namespace Platform.Grains.Progress;

public sealed partial class ProgressQueries
{
    // Items still open at the period's start or opened inside it. Due dates are local days in the group's zone,
    // which portable SQL cannot compare with UTC instants, so the last step happens in C# (NodaTime). An item counts by
    // its current state: only a closed item looks up when it was first closed that way (one index seek each; looking it
    // up for every item doubled the portfolio's cost), so an item reopened after being done counts as open.
    private const string SelectItems = """
        SELECT i.working_group_id AS GroupId,
               i.created_at AS CreatedAt,
               i.due_date AS DueDate,
               i.status AS Status,
               i.updated_at AS UpdatedAt,
               CASE WHEN i.status IN ('done', 'cancelled')
                    THEN (SELECT MIN(u.created_at)
                          FROM action_item_update u
                          WHERE u.action_item_id = i.id
                            AND u.status_to = i.status)
               END AS ClosedAt
        FROM action_item i
        WHERE i.working_group_id IN @groupIds
          AND i.created_at < @until
        """;

    private static async Task ReadItemsAsync(DbConnection connection, Scope scope, ReportPeriod period, DateTimeOffset now, Dictionary<string, GroupTally> tallies, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<ItemRow>(new CommandDefinition(
            SqlDialects.Of(connection).Lists(SelectItems), new { groupIds = scope.GroupIds, until = scope.Until }, cancellationToken: cancellationToken));
        var ends = period.Months.Select(m => Min(new DateTimeOffset(m.AddMonths(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), now)).ToArray();
        var monthEnds = new MonthEnds([.. ends.Select(StoredTime.Write)], []);
        var zones = new Dictionary<string, MonthEnds>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var tally = tallies[row.GroupId];
            if (!zones.TryGetValue(tally.TimeZone, out var zoned))
            {
                var zone = DateTimeZoneProviders.Tzdb[tally.TimeZone];
                zones[tally.TimeZone] = zoned = monthEnds with { Zone = zone, Days = [.. ends.Select(e => LocalDay(Instant.FromDateTimeOffset(e), zone))] };
            }

            Tally(tally, period, row, zoned);
            if (row.Status is "done" or "cancelled" && (row.ClosedAt ?? row.UpdatedAt) is var closedAt && string.CompareOrdinal(closedAt, scope.Until) >= 0)
            {
                tally.NoteChange(closedAt);
            }
        }
    }

    // Stored times and due dates are fixed-width text whose order is time order, so the loop compares text and parses
    // only a done time it must place on the group's calendar.
    private static void Tally(GroupTally tally, ReportPeriod period, ItemRow row, MonthEnds ends)
    {
        var closedAt = row.Status is "done" or "cancelled" ? row.ClosedAt ?? row.UpdatedAt : null;
        var doneAt = row.Status == "done" ? closedAt : null;
        if (MonthIndex(period, row.CreatedAt) is var opened and >= 0)
        {
            tally.Opened[opened]++;
        }

        if (doneAt is not null && MonthIndex(period, doneAt) is var done and >= 0 && string.CompareOrdinal(doneAt, ends.Times[done]) < 0)
        {
            tally.Done[done]++;
            if (row.DueDate is { } due)
            {
                tally.DoneWithDue[done]++;
                var doneDay = LocalDay(Instant.FromDateTimeOffset(StoredTime.Read(doneAt)), ends.Zone!);
                tally.OnTime[done] += string.CompareOrdinal(doneDay, due) <= 0 ? 1 : 0;
            }
        }

        if (row.DueDate is not { } dueDay)
        {
            return;
        }

        for (var month = 0; month < ends.Times.Length; month++)
        {
            var end = ends.Times[month];
            if (string.CompareOrdinal(row.CreatedAt, end) < 0
                && string.CompareOrdinal(dueDay, ends.Days[month]) < 0
                && (closedAt is null || string.CompareOrdinal(closedAt, end) >= 0))
            {
                tally.Overdue[month]++;
            }
        }
    }

    private static string LocalDay(Instant instant, DateTimeZone zone)
    {
        var day = instant.InZone(zone).Date;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{day.Year:D4}-{day.Month:D2}-{day.Day:D2}");
    }

    /// <summary>Each month's end (or now) as stored text, and as a local day in one zone.</summary>
    private sealed record MonthEnds(string[] Times, string[] Days, DateTimeZone? Zone = null);

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
            SqlDialects.Of(connection).Lists(SelectCommitments), new { groupIds = scope.GroupIds, until = scope.Until }, cancellationToken: cancellationToken));
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
        public string? ClosedAt { get; init; }
    }
}
