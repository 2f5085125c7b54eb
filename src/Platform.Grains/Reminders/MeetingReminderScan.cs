namespace Platform.Grains.Reminders;

/// <summary>
/// Meeting reminders due now: one per seated person who has not declined, per scheduled meeting that has not started
/// and whose invitations went out (nobody is reminded of a meeting they were never invited to),
/// for the smallest rule offset whose time has come (after downtime the 48-hour reminder is skipped when the 2-hour one
/// is already due), unless that person already has it (notification.dedupe_key).
/// </summary>
public sealed class MeetingReminderScan(Database database, ReminderRuleStore rules)
{
    // One range query per distinct offset over ix_meeting_starts_utc; the dedupe anti-join runs on
    // ux_notification_user_id_dedupe_key. The key carries starts_utc, so a moved meeting is reminded again.
    // Key spells the same key from the same stored text (an expression column would lose its type on SQLite).
    private const string SelectDue = """
        SELECT m.id AS MeetingId,
               m.working_group_id AS GroupId,
               g.name AS GroupName,
               m.title AS Title,
               m.starts_utc AS StartsUtc,
               u.id AS UserId,
               u.preferred_language AS Language,
               u.time_zone AS TimeZone
        FROM meeting m
        JOIN working_group g ON g.id = m.working_group_id
        LEFT JOIN reminder_rule r ON r.working_group_id = m.working_group_id
        JOIN membership s ON s.working_group_id = m.working_group_id
        JOIN user_account u ON u.id = s.user_id
        WHERE m.starts_utc > @now
          AND m.starts_utc <= @until
          AND m.status = 'scheduled'
          AND (m.invitations_sent_at IS NOT NULL
               OR EXISTS (SELECT 1 FROM meeting o WHERE o.series_id = m.series_id AND o.invitations_sent_at IS NOT NULL))
          AND g.status <> 'closed'
          AND ',' || COALESCE(r.meeting_offsets, @defaultOffsets) || ',' LIKE '%,' || @offset || ',%'
          AND NOT EXISTS (
              SELECT 1
              FROM meeting_response x
              WHERE x.meeting_id = m.id
                AND x.user_id = s.user_id
                AND x.response = 'not_attending')
          AND NOT EXISTS (
              SELECT 1
              FROM notification n
              WHERE n.user_id = s.user_id
                AND n.dedupe_key = 'meeting-reminder:' || m.id || ':' || @offset || ':' || m.starts_utc)
        """;

    public async Task<IReadOnlyList<DueMeetingReminder>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var all = await rules.AllAsync(cancellationToken);
        var due = new List<DueMeetingReminder>();
        foreach (var offset in all.DistinctOffsets())
        {
            var rows = await database.QueryAsync<Row>(SelectDue, new
            {
                now = StoredTime.Write(now),
                until = StoredTime.Write(now.AddMinutes(offset)),
                offset = offset.ToString(System.Globalization.CultureInfo.InvariantCulture),
                defaultOffsets = ReminderRule.DefaultOffsetsText,
            }, cancellationToken);
            foreach (var r in rows)
            {
                var groupId = r.GroupId;
                var starts = r.StartsUtc;
                if (all.For(groupId).CurrentOffset(starts, now) == offset)
                {
                    due.Add(new DueMeetingReminder(r.MeetingId, groupId, r.GroupName, r.Title, starts, offset,
                        new Recipient(r.UserId, r.Language, r.TimeZone), Key(r.MeetingId, offset, r.StartsUtc)));
                }
            }
        }

        return due;
    }

    private static string Key(Guid meetingId, int offset, DateTimeOffset startsUtc) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"meeting-reminder:{meetingId:D}:{offset}:{StoredTime.Write(startsUtc)}");

    private sealed record Row(Guid MeetingId, Guid GroupId, string GroupName, string Title, DateTimeOffset StartsUtc, string UserId, string Language, string TimeZone);
}
