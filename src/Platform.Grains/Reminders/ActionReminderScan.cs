namespace Platform.Grains.Reminders;

/// <summary>
/// Action-item reminders due now. The owner is the item's person; an item owned only by an organisation reminds every
/// member of the group acting for that organisation. Only seated people are reminded, only for open, in-progress or
/// blocked items. Keys carry the due date, so moving the date reminds again.
/// </summary>
public sealed class ActionReminderScan(Database database, ReminderRuleStore rules)
{
    // The columns of Row, for each person an item reminds: its owner, or the owning organisation's people in the group.
    private const string SelectOwners = """
        SELECT a.id AS ItemId, a.working_group_id AS GroupId, g.name AS GroupName, g.time_zone AS GroupZone, a.title AS Title,
               a.due_date AS DueDate, u.id AS UserId, u.preferred_language AS Language, u.time_zone AS TimeZone
        FROM action_item a
        JOIN working_group g ON g.id = a.working_group_id
        LEFT JOIN reminder_rule r ON r.working_group_id = a.working_group_id
        JOIN membership s ON s.working_group_id = a.working_group_id
             AND (s.user_id = a.owner_user_id OR (a.owner_user_id IS NULL AND s.organisation_id = a.owner_organisation_id))
        JOIN user_account u ON u.id = s.user_id
        """;

    // A range over ix_action_item_status_due_date per open status, per distinct days-before value in use.
    private const string SelectDueSoon = SelectOwners + """

        WHERE a.status IN ('open', 'in_progress', 'blocked')
          AND a.due_date BETWEEN @from AND @to
          AND COALESCE(r.action_days_before, @defaultDays) = @daysBefore
          AND g.status <> 'closed'
          AND NOT EXISTS (
              SELECT 1
              FROM notification n
              WHERE n.user_id = u.id
                AND n.dedupe_key = 'action-due-soon:' || a.id || ':' || a.due_date)
        """;

    /// <summary>Items due in a few days whose 09:00 owner-local reminder time has come and that are not yet overdue.</summary>
    public async Task<IReadOnlyList<DueItemReminder>> DueSoonAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var all = await rules.AllAsync(cancellationToken);
        var (earliest, latest) = ReminderSchedule.TodayAnywhere(now);
        var due = new List<DueItemReminder>();
        foreach (var days in all.DistinctDaysBefore())
        {
            var rows = await database.QueryAsync<Row>(SelectDueSoon, new
            {
                from = earliest,
                to = latest.PlusDays(days + 1),
                defaultDays = ReminderRule.Default.ActionDaysBefore,
                daysBefore = days,
            }, cancellationToken);
            due.AddRange(rows
                .Where(r => ReminderSchedule.DueSoonAt(r.DueDate, days, r.TimeZone) <= now && now < ReminderSchedule.OverdueFrom(r.DueDate, r.GroupZone))
                .Select(r => r.ToReminder(ItemReminderKind.DueSoon)));
        }

        return due;
    }

    private const string SelectOverdue = SelectOwners + """

        WHERE a.status IN ('open', 'in_progress', 'blocked')
          AND a.due_date BETWEEN @from AND @to
          AND g.status <> 'closed'
          AND NOT EXISTS (
              SELECT 1
              FROM notification n
              WHERE n.user_id = u.id
                AND n.dedupe_key = 'action-overdue:' || a.id || ':' || a.due_date)
        """;

    /// <summary>
    /// Items that became overdue: at the first 09:00 owner-local after the due day ended in the group's zone, or at once
    /// on catch-up, for up to <see cref="ReminderSchedule.CatchUpWindow"/> (after that, escalation is the facilitators' tool).
    /// </summary>
    public async Task<IReadOnlyList<DueItemReminder>> OverdueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var (earliest, latest) = ReminderSchedule.TodayAnywhere(now);
        var rows = await database.QueryAsync<Row>(SelectOverdue, new
        {
            from = earliest.PlusDays(-(int)ReminderSchedule.CatchUpWindow.TotalDays - 2),
            to = latest,
        }, cancellationToken);
        return [.. rows
            .Where(r => ReminderSchedule.OverdueReminderAt(r.DueDate, r.GroupZone, r.TimeZone) <= now
                && now < ReminderSchedule.OverdueFrom(r.DueDate, r.GroupZone) + ReminderSchedule.CatchUpWindow)
            .Select(r => r.ToReminder(ItemReminderKind.Overdue))];
    }

    private sealed record Row(Guid ItemId, Guid GroupId, string GroupName, string GroupZone, string Title, LocalDate DueDate,
        string UserId, string Language, string TimeZone)
    {
        public DueItemReminder ToReminder(ItemReminderKind kind) =>
            new(ItemId, GroupId, GroupName, Title, DueDate, kind, new Recipient(UserId, Language, TimeZone),
                $"{(kind == ItemReminderKind.DueSoon ? "action-due-soon" : "action-overdue")}:{ItemId:D}:{WallClock.WriteDate(DueDate)}");
    }
}
