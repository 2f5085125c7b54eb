using Dapper;
using Platform.Grains.MeetingRecords;
using Platform.Grains.Storage;
using Platform.Grains.WorkingGroups;

namespace Platform.Grains.Tests.Reminders;

/// <summary>
/// Seeds what the reminder scans read with plain SQL: people with a zone and language, groups with a zone, seats,
/// meetings, answers, action items, progress updates and published records. Shared with the host tests (linked file).
/// </summary>
internal sealed class ReminderSeed(Database database)
{
    private const string Created = "2026-01-01T00:00:00.0000000Z";

    private readonly TestData data = new(database, Created);

    public Task<string> PersonAsync(string name, string zone = "UTC", string language = "en") =>
        data.UserAsync(name, $"{name}.{Guid.NewGuid().ToString()[..8]}@example.org".ToLowerInvariant(), zone, language);

    public Task<Guid> OrganisationAsync(string name) => data.OrganisationAsync($"{name} {Guid.NewGuid().ToString()[..8]}");

    public Task<Guid> GroupAsync(string zone, string name = "Mesa minera") => data.GroupAsync(name, zone);

    public Task SeatAsync(Guid groupId, string userId, Guid organisationId, string role = "member") => data.SeatAsync(groupId, userId, organisationId, role);

    private const string InsertMeeting = """
        INSERT INTO meeting (id, working_group_id, title, starts_local, ends_local, time_zone, starts_utc, ends_utc, status, version, created_at, invitations_sent_at)
        VALUES (@id, @groupId, @title, '2026-01-01T09:00', '2026-01-01T11:00', 'UTC', @starts, @ends, @status, 1, @now, @invited)
        """;

    /// <summary>A meeting whose invitations went out when it was made, unless <paramref name="invited"/> is false.</summary>
    public async Task<Guid> MeetingAsync(Guid groupId, DateTimeOffset startsUtc, string status = "scheduled", string title = "Sesión ordinaria", bool invited = true)
    {
        var id = Guid.NewGuid();
        await ExecuteAsync(InsertMeeting, new
        {
            id = id.ToString(), groupId = groupId.ToString(), title, starts = StoredTime.Write(startsUtc), ends = StoredTime.Write(startsUtc.AddHours(2)), status, now = Created,
            invited = invited ? Created : null,
        });
        return id;
    }

    public Task MoveMeetingAsync(Guid meetingId, DateTimeOffset startsUtc) =>
        ExecuteAsync("UPDATE meeting SET starts_utc = @starts, ends_utc = @ends WHERE id = @id",
            new { id = meetingId.ToString(), starts = StoredTime.Write(startsUtc), ends = StoredTime.Write(startsUtc.AddHours(2)) });

    public Task AnswerAsync(Guid meetingId, string userId, string response) =>
        ExecuteAsync("INSERT INTO meeting_response (meeting_id, user_id, response, responded_at) VALUES (@meetingId, @userId, @response, @now)",
            new { meetingId = meetingId.ToString(), userId, response, now = Created });

    private const string InsertItem = """
        INSERT INTO action_item (id, working_group_id, title, owner_user_id, owner_organisation_id, due_date, status, version, created_at, updated_at)
        VALUES (@id, @groupId, @title, @owner, @organisation, @due, @status, 1, @created, @created)
        """;

    public async Task<Guid> ItemAsync(Guid groupId, string? owner, string? due, Guid? organisation = null, string status = "open",
        DateTimeOffset? createdAt = null, string title = "Informe de incidentes")
    {
        var id = Guid.NewGuid();
        await ExecuteAsync(InsertItem, new
        {
            id = id.ToString(), groupId = groupId.ToString(), title, owner, organisation = organisation?.ToString(), due, status,
            created = createdAt is { } c ? StoredTime.Write(c) : Created,
        });
        return id;
    }

    public Task SetItemAsync(Guid itemId, string? due = null, string? status = null) =>
        ExecuteAsync("UPDATE action_item SET due_date = COALESCE(@due, due_date), status = COALESCE(@status, status) WHERE id = @id",
            new { id = itemId.ToString(), due, status });

    public Task UpdateAsync(Guid itemId, string authorId, DateTimeOffset at) =>
        ExecuteAsync("INSERT INTO action_item_update (id, action_item_id, text, created_by, created_at) VALUES (@id, @itemId, 'Avance', @authorId, @at)",
            new { id = Guid.NewGuid().ToString(), itemId = itemId.ToString(), authorId, at = StoredTime.Write(at) });

    /// <summary>Publishes revision <paramref name="revision"/> of the meeting's record with these participants in its snapshot.</summary>
    public async Task PublishAsync(Guid groupId, Guid meetingId, int revision, DateTimeOffset at, params string[] participants)
    {
        var snapshot = new RecordSnapshot("Sesión ordinaria", new MeetingStart("2026-01-01T09:00", "UTC", at), [], [],
            [.. participants.Select(p => new SnapshotParticipant(p, "Persona", "Organización", GroupRole.Member))]);
        await ExecuteAsync("""
            INSERT INTO meeting_record (meeting_id, working_group_id, revision, version, created_at)
            VALUES (@meetingId, @groupId, @revision, 1, @now)
            ON CONFLICT (meeting_id) DO UPDATE SET revision = excluded.revision
            """, new { meetingId = meetingId.ToString(), groupId = groupId.ToString(), revision, now = Created });
        await ExecuteAsync("""
            INSERT INTO record_revision (meeting_id, revision, published_at, published_by, snapshot)
            VALUES (@meetingId, @revision, @at, @by, @snapshot)
            """, new { meetingId = meetingId.ToString(), revision, at = StoredTime.Write(at), by = participants[0], snapshot = snapshot.ToJson() });
    }

    public Task AcknowledgeAsync(Guid meetingId, int revision, string userId) =>
        ExecuteAsync("INSERT INTO record_acknowledgement (meeting_id, revision, user_id, acknowledged_at) VALUES (@meetingId, @revision, @userId, @now)",
            new { meetingId = meetingId.ToString(), revision, userId, now = Created });

    public Task RuleAsync(Guid groupId, string offsets = "2880,120", int daysBefore = 3, int overdueDays = 7, int staleDays = 14) =>
        ExecuteAsync("""
            INSERT INTO reminder_rule (working_group_id, meeting_offsets, action_days_before, overdue_days, stale_days, updated_at)
            VALUES (@groupId, @offsets, @daysBefore, @overdueDays, @staleDays, @now)
            """, new { groupId = groupId.ToString(), offsets, daysBefore, overdueDays, staleDays, now = Created });

    /// <summary>Marks the keys as sent, the way a notifier would (one notification row per person and key).</summary>
    public Task SentAsync(string userId, string dedupeKey) =>
        ExecuteAsync("""
            INSERT INTO notification (id, user_id, kind, message_key, created_at, dedupe_key)
            VALUES (@id, @userId, 'meeting_reminder', 'Reminder.Test', @now, @dedupeKey)
            """, new { id = Guid.NewGuid().ToString(), userId, dedupeKey, now = Created });

    private Task ExecuteAsync(string sql, object parameters) => data.ExecuteAsync(sql, parameters);
}
