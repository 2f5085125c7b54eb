using Platform.Grains.MeetingRecords;

namespace Platform.Grains.Reminders;

/// <summary>
/// One reminder to each participant (the revision's snapshot, still seated in the group) who has not acknowledged the
/// latest revision of a record <see cref="After"/> after it was published. Revisions older than that plus the catch-up
/// window are left alone: a follow-up weeks late is noise.
/// </summary>
public sealed class RecordFollowUpScan(Database database)
{
    public static readonly TimeSpan After = TimeSpan.FromDays(3);

    // Only the latest revision (meeting_record.revision): a corrected record asks for the new one instead.
    private const string SelectRevisions = """
        SELECT v.meeting_id AS MeetingId,
               v.revision AS Revision,
               v.published_at AS PublishedAt,
               v.snapshot AS Snapshot,
               mr.working_group_id AS GroupId,
               g.name AS GroupName,
               m.title AS Title
        FROM record_revision v
        JOIN meeting_record mr ON mr.meeting_id = v.meeting_id AND mr.revision = v.revision
        JOIN meeting m ON m.id = v.meeting_id
        JOIN working_group g ON g.id = mr.working_group_id
        WHERE v.published_at > @from
          AND v.published_at <= @to
          AND g.status <> 'closed'
        """;

    private const string SelectUnacknowledged = """
        SELECT u.id AS UserId,
               u.preferred_language AS Language,
               u.time_zone AS TimeZone
        FROM membership s
        JOIN user_account u ON u.id = s.user_id
        WHERE s.working_group_id = @groupId
          AND s.user_id IN @participants
          AND NOT EXISTS (
              SELECT 1
              FROM record_acknowledgement k
              WHERE k.meeting_id = @meetingId
                AND k.revision = @revision
                AND k.user_id = s.user_id)
          AND NOT EXISTS (
              SELECT 1
              FROM notification n
              WHERE n.user_id = s.user_id
                AND n.dedupe_key = @dedupeKey)
        """;

    public async Task<IReadOnlyList<DueRecordFollowUp>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var revisions = await connection.QueryAsync<(Guid MeetingId, long Revision, DateTimeOffset PublishedAt, string Snapshot, Guid GroupId, string GroupName, string Title)>(
            new CommandDefinition(SelectRevisions, new
            {
                from = StoredTime.Write(now - After - ReminderSchedule.CatchUpWindow),
                to = StoredTime.Write(now - After),
            }, cancellationToken: cancellationToken));
        var due = new List<DueRecordFollowUp>();
        foreach (var v in revisions)
        {
            var dedupeKey = $"record-follow-up:{v.MeetingId}:{v.Revision}";
            var participants = RecordSnapshot.FromJson(v.Snapshot).Participants.Select(p => p.UserId).ToArray();
            var people = await connection.QueryAsync<(string UserId, string Language, string TimeZone)>(new CommandDefinition(SqlDialects.Of(connection).Lists(SelectUnacknowledged), new
            {
                groupId = v.GroupId,
                participants,
                meetingId = v.MeetingId,
                revision = v.Revision,
                dedupeKey,
            }, cancellationToken: cancellationToken));
            due.AddRange(people.Select(p => new DueRecordFollowUp(v.MeetingId, v.GroupId, v.GroupName, v.Title, (int)v.Revision,
                v.PublishedAt, new Recipient(p.UserId, p.Language, p.TimeZone), dedupeKey)));
        }

        return due;
    }
}
