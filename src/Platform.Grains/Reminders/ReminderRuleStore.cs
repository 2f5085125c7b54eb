using Platform.Grains.Journal;
using Platform.Grains.Storage;

namespace Platform.Grains.Reminders;

/// <summary>Each group's reminder rule: read by the scans and the rule page, written by facilitators (journalled).</summary>
public sealed class ReminderRuleStore(Database database, JournalWriter journal, TimeProvider time)
{
    private const string SelectOne = """
        SELECT meeting_offsets AS MeetingOffsets,
               action_days_before AS ActionDaysBefore,
               overdue_days AS OverdueDays,
               stale_days AS StaleDays
        FROM reminder_rule
        WHERE working_group_id = @groupId
        """;

    /// <summary>The group's rule, or the defaults when the facilitators never changed it.</summary>
    public async Task<ReminderRule> LoadAsync(Guid groupId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<RuleRow>(
            new CommandDefinition(SelectOne, new { groupId = groupId.ToString("D") }, cancellationToken: cancellationToken));
        return row?.ToRule() ?? ReminderRule.Default;
    }

    private const string SelectAll = """
        SELECT working_group_id AS GroupId,
               meeting_offsets AS MeetingOffsets,
               action_days_before AS ActionDaysBefore,
               overdue_days AS OverdueDays,
               stale_days AS StaleDays
        FROM reminder_rule
        """;

    /// <summary>Every group that has its own rule (one row per group: small). Groups not in the map use the defaults.</summary>
    public async Task<ReminderRules> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string GroupId, string MeetingOffsets, int ActionDaysBefore, int OverdueDays, int StaleDays)>(
            new CommandDefinition(SelectAll, cancellationToken: cancellationToken));
        return new ReminderRules(rows.ToDictionary(
            r => Guid.Parse(r.GroupId),
            r => new RuleRow(r.MeetingOffsets, r.ActionDaysBefore, r.OverdueDays, r.StaleDays).ToRule()));
    }

    private const string Upsert = """
        INSERT INTO reminder_rule (working_group_id, meeting_offsets, action_days_before, overdue_days, stale_days, updated_by, updated_at)
        VALUES (@groupId, @offsets, @daysBefore, @overdueDays, @staleDays, @actor, @now)
        ON CONFLICT (working_group_id) DO UPDATE SET
            meeting_offsets = excluded.meeting_offsets,
            action_days_before = excluded.action_days_before,
            overdue_days = excluded.overdue_days,
            stale_days = excluded.stale_days,
            updated_by = excluded.updated_by,
            updated_at = excluded.updated_at
        """;

    /// <summary>Stores the group's rule and journals the change in one transaction.</summary>
    public async Task SaveAsync(Guid groupId, ReminderRule rule, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var offsets = ReminderRule.WriteOffsets(rule.MeetingOffsets);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(Upsert, new
        {
            groupId = groupId.ToString("D"),
            offsets,
            daysBefore = rule.ActionDaysBefore,
            overdueDays = rule.OverdueDays,
            staleDays = rule.StaleDays,
            actor,
            now = StoredTime.Write(time.GetUtcNow()),
        }, transaction, cancellationToken: cancellationToken));
        await journal.AppendAsync(connection, transaction, new NewJournalEntry(groupId, "reminder_rule", groupId.ToString("D"), "reminder_rule.changed", actor,
            $"Reminder rule set: meetings {offsets} minutes before, items {rule.ActionDaysBefore} days before, escalate after {rule.OverdueDays} days overdue or {rule.StaleDays} days without update"),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private sealed record RuleRow(string MeetingOffsets, long ActionDaysBefore, long OverdueDays, long StaleDays)
    {
        public ReminderRule ToRule() =>
            new(ReminderRule.ParseOffsets(MeetingOffsets), (int)ActionDaysBefore, (int)OverdueDays, (int)StaleDays);
    }
}

/// <summary>The rules of the groups that have one; <see cref="For"/> answers the defaults for the others.</summary>
public sealed class ReminderRules(IReadOnlyDictionary<Guid, ReminderRule> rules)
{
    public ReminderRule For(Guid groupId) => rules.TryGetValue(groupId, out var rule) ? rule : ReminderRule.Default;

    /// <summary>Every value in use, so a scan can run one range query per distinct value.</summary>
    public IReadOnlyList<int> DistinctOffsets() =>
        [.. rules.Values.SelectMany(r => r.MeetingOffsets).Concat(ReminderRule.Default.MeetingOffsets).Distinct().OrderDescending()];

    public IReadOnlyList<int> DistinctDaysBefore() =>
        [.. rules.Values.Select(r => r.ActionDaysBefore).Append(ReminderRule.Default.ActionDaysBefore).Distinct().Order()];

    public int MinOverdueDays() => rules.Values.Select(r => r.OverdueDays).Append(ReminderRule.Default.OverdueDays).Min();

    public int MinStaleDays() => rules.Values.Select(r => r.StaleDays).Append(ReminderRule.Default.StaleDays).Min();
}
