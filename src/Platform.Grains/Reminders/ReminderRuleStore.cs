namespace Platform.Grains.Reminders;

/// <summary>Each group's reminder rule: read by the scans and the rule page, written by facilitators (journalled).</summary>
public sealed class ReminderRuleStore(Database database, JournalWriter journal, TimeProvider time)
{
    private const string SelectOne = """
        SELECT meeting_offsets AS MeetingOffsets,
               action_days_before AS ActionDaysBefore,
               overdue_days AS OverdueDays,
               stale_days AS StaleDays,
               version AS Version
        FROM reminder_rule
        WHERE working_group_id = @groupId
        """;

    /// <summary>The group's rule, or the defaults when the facilitators never changed it.</summary>
    public async Task<ReminderRule> LoadAsync(Guid groupId, CancellationToken cancellationToken = default) =>
        (await LoadForEditAsync(groupId, cancellationToken)).Rule;

    /// <summary>As <see cref="LoadAsync"/>, with the version an edit form carries (0 for the defaults).</summary>
    public async Task<VersionedReminderRule> LoadForEditAsync(Guid groupId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string MeetingOffsets, long ActionDaysBefore, long OverdueDays, long StaleDays, long Version)?>(
            new CommandDefinition(SelectOne, new { groupId }, cancellationToken: cancellationToken));
        return row is { } r
            ? new(new RuleRow(r.MeetingOffsets, r.ActionDaysBefore, r.OverdueDays, r.StaleDays).ToRule(), r.Version)
            : new(ReminderRule.Default, 0);
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
        var rows = await connection.QueryAsync<(Guid GroupId, string MeetingOffsets, int ActionDaysBefore, int OverdueDays, int StaleDays)>(
            new CommandDefinition(SelectAll, cancellationToken: cancellationToken));
        return new ReminderRules(rows.ToDictionary(
            r => r.GroupId,
            r => new RuleRow(r.MeetingOffsets, r.ActionDaysBefore, r.OverdueDays, r.StaleDays).ToRule()));
    }

    private const string SelectVersion = """
        SELECT version
        FROM reminder_rule
        WHERE working_group_id = @groupId
        """;

    // Written only over the version just read: a second writer in between makes it affect no row.
    private const string Upsert = """
        INSERT INTO reminder_rule (working_group_id, meeting_offsets, action_days_before, overdue_days, stale_days, updated_by, updated_at, version)
        VALUES (@groupId, @offsets, @daysBefore, @overdueDays, @staleDays, @actor, @now, 1)
        ON CONFLICT (working_group_id) DO UPDATE SET
            meeting_offsets = excluded.meeting_offsets,
            action_days_before = excluded.action_days_before,
            overdue_days = excluded.overdue_days,
            stale_days = excluded.stale_days,
            updated_by = excluded.updated_by,
            updated_at = excluded.updated_at,
            version = reminder_rule.version + 1
        WHERE reminder_rule.version = @version
        """;

    /// <summary>
    /// Stores the group's rule and journals the change in one transaction. <paramref name="expectedVersion"/> is the
    /// version the form showed (0 for the defaults); a newer stored one throws <see cref="EditConflictException"/>.
    /// Returns the version saved.
    /// </summary>
    public async Task<long> SaveAsync(Guid groupId, ReminderRule rule, string actor, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var offsets = ReminderRule.WriteOffsets(rule.MeetingOffsets);
        var key = groupId.ToString("D");
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var version = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(SelectVersion, new { groupId = key }, transaction, cancellationToken: cancellationToken)) ?? 0;
        EditVersion.Require(expectedVersion, version, "reminder_rule", key);
        var written = await connection.ExecuteAsync(new CommandDefinition(Upsert, new
        {
            groupId,
            offsets,
            daysBefore = rule.ActionDaysBefore,
            overdueDays = rule.OverdueDays,
            staleDays = rule.StaleDays,
            actor,
            now = StoredTime.Write(time.GetUtcNow()),
            version,
        }, transaction, cancellationToken: cancellationToken));
        if (written != 1)
        {
            throw new EditConflictException("reminder_rule", key, expectedVersion ?? version, version + 1);
        }

        await journal.AppendAsync(connection, transaction, new NewJournalEntry(groupId, "reminder_rule", groupId.ToString("D"), "reminder_rule.changed", actor,
            $"Reminder rule set: meetings {offsets} minutes before, items {rule.ActionDaysBefore} days before, escalate after {rule.OverdueDays} days overdue or {rule.StaleDays} days without update"),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return version + 1;
    }

    private sealed record RuleRow(string MeetingOffsets, long ActionDaysBefore, long OverdueDays, long StaleDays)
    {
        public ReminderRule ToRule() =>
            new(ReminderRule.ParseOffsets(MeetingOffsets), (int)ActionDaysBefore, (int)OverdueDays, (int)StaleDays);
    }
}

/// <summary>A group's rule as the rule page shows it, with the version its form carries.</summary>
public sealed record VersionedReminderRule(ReminderRule Rule, long Version);

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
