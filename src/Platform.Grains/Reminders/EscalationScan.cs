namespace Platform.Grains.Reminders;

/// <summary>
/// Items the group's facilitators must be told about: overdue by at least the rule's N days (in the group's zone), or
/// without any update for M days (latest of the item's creation and its last progress update). An item escalates once
/// per fact (action_item_escalation is unique on item, reason and basis); a new due date or a fresh update lets it
/// escalate again later.
/// </summary>
public sealed partial class EscalationScan(Database database, ReminderRuleStore rules)
{
    private const string SelectOverdue = """
        SELECT a.id AS ItemId,
               a.working_group_id AS GroupId,
               g.name AS GroupName,
               g.time_zone AS GroupZone,
               a.title AS Title,
               a.due_date AS Basis
        FROM action_item a
        JOIN working_group g ON g.id = a.working_group_id
        WHERE a.status IN ('open', 'in_progress', 'blocked')
          AND a.due_date <= @latestDue
          AND g.status <> 'closed'
          AND NOT EXISTS (
              SELECT 1
              FROM action_item_escalation e
              WHERE e.action_item_id = a.id
                AND e.reason = 'overdue'
                AND e.basis = a.due_date)
        """;

    private const string SelectStale = """
        SELECT ItemId, GroupId, GroupName, GroupZone, Title, Basis
        FROM (
            SELECT a.id AS ItemId,
                   a.working_group_id AS GroupId,
                   g.name AS GroupName,
                   g.time_zone AS GroupZone,
                   a.title AS Title,
                   COALESCE((SELECT MAX(x.created_at) FROM action_item_update x WHERE x.action_item_id = a.id), a.created_at) AS Basis
            FROM action_item a
            JOIN working_group g ON g.id = a.working_group_id
            WHERE a.status IN ('open', 'in_progress', 'blocked')
              AND a.created_at <= @latestActivity
              AND g.status <> 'closed') c
        WHERE Basis <= @latestActivity
          AND NOT EXISTS (
              SELECT 1
              FROM action_item_escalation e
              WHERE e.action_item_id = c.ItemId
                AND e.reason = 'stale'
                AND e.basis = c.Basis)
        """;

    /// <summary>Everything to escalate now, each with the group's facilitators to tell.</summary>
    public async Task<IReadOnlyList<DueEscalation>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var all = await rules.AllAsync(cancellationToken);
        var (_, latestToday) = ReminderSchedule.TodayAnywhere(now);
        await using var connection = await database.OpenAsync(cancellationToken);
        var overdue = await connection.QueryAsync<Row>(new CommandDefinition(SelectOverdue, new
        {
            latestDue = WallClock.WriteDate(latestToday.PlusDays(-all.MinOverdueDays())),
        }, cancellationToken: cancellationToken));
        var stale = await connection.QueryAsync<Row>(new CommandDefinition(SelectStale, new
        {
            latestActivity = StoredTime.Write(now.AddDays(-all.MinStaleDays())),
        }, cancellationToken: cancellationToken));

        var found = new List<(Row Row, EscalationReason Reason, int Days)>();
        foreach (var r in overdue)
        {
            var days = ReminderSchedule.DaysOverdue(WallClock.ReadDate(r.Basis), now, r.GroupZone);
            if (days >= all.For(Guid.Parse(r.GroupId)).OverdueDays)
            {
                found.Add((r, EscalationReason.Overdue, days));
            }
        }

        foreach (var r in stale)
        {
            var quiet = now - StoredTime.Read(r.Basis);
            if (quiet >= TimeSpan.FromDays(all.For(Guid.Parse(r.GroupId)).StaleDays))
            {
                found.Add((r, EscalationReason.Stale, (int)quiet.TotalDays));
            }
        }

        var facilitators = await FacilitatorsAsync(connection, [.. found.Select(f => f.Row.GroupId).Distinct()], cancellationToken);
        return [.. found.Select(f => new DueEscalation(f.Row.ItemId, Guid.Parse(f.Row.GroupId), f.Row.GroupName, f.Row.Title,
            f.Reason, f.Row.Basis, f.Days, facilitators.TryGetValue(f.Row.GroupId, out var people) ? people : []))];
    }

    private const string SelectFacilitators = """
        SELECT s.working_group_id AS GroupId,
               u.id AS UserId,
               u.preferred_language AS Language,
               u.time_zone AS TimeZone
        FROM membership s
        JOIN user_account u ON u.id = s.user_id
        WHERE s.role = 'facilitator'
          AND s.working_group_id IN @groupIds
        """;

    private static async Task<Dictionary<string, List<Recipient>>> FacilitatorsAsync(DbConnection connection, IReadOnlyList<string> groupIds, CancellationToken cancellationToken)
    {
        var people = new Dictionary<string, List<Recipient>>(StringComparer.Ordinal);
        foreach (var chunk in groupIds.Chunk(500))
        {
            var rows = await connection.QueryAsync<(string GroupId, string UserId, string Language, string TimeZone)>(
                new CommandDefinition(SqlDialects.Of(connection).Lists(SelectFacilitators), new { groupIds = chunk }, cancellationToken: cancellationToken));
            foreach (var r in rows)
            {
                (people.TryGetValue(r.GroupId, out var list) ? list : people[r.GroupId] = []).Add(new Recipient(r.UserId, r.Language, r.TimeZone));
            }
        }

        return people;
    }

    // Properties, not a constructor: Basis is an expression, which SQLite reports as a blob when no row comes back.
    private sealed class Row
    {
        public Guid ItemId { get; init; }

        public string GroupId { get; init; } = "";

        public string GroupName { get; init; } = "";

        public string GroupZone { get; init; } = "";

        public string Title { get; init; } = "";

        public string Basis { get; init; } = "";
    }
}
