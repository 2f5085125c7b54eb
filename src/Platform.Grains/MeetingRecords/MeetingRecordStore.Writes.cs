namespace Platform.Grains.MeetingRecords;

/// <summary>The statements the record grain commits; each affects exactly one row or the whole command is refused.</summary>
public sealed partial class MeetingRecordStore
{
    // DO NOTHING on an existing row: zero rows means another host wrote the first change, reported as a conflict.
    private const string InsertRecord = """
        INSERT INTO meeting_record (meeting_id, working_group_id, revision, version, created_at)
        VALUES (@meetingId, @groupId, @revision, @version, @now)
        ON CONFLICT (meeting_id) DO NOTHING
        """;

    private const string UpdateRecord = """
        UPDATE meeting_record
        SET revision = @revision,
            version = @version
        WHERE meeting_id = @meetingId
          AND version = @expected
        """;

    /// <summary>Creates the record row on the first command, afterwards updates it only if it still has <paramref name="expected"/>.</summary>
    public static StateWrite Record(MeetingRecordState next, long expected, DateTimeOffset now) => new(
        expected == 0 ? InsertRecord : UpdateRecord,
        new { meetingId = next.MeetingId, groupId = next.GroupId, revision = next.Revision, version = next.Version, expected, now = StoredTime.Write(now) });

    private const string UpsertMemberAttendance = """
        INSERT INTO attendance (id, meeting_id, user_id, organisation_id, status)
        VALUES (@id, @meetingId, @userId, @organisationId, @status)
        ON CONFLICT (meeting_id, user_id) DO UPDATE
        SET organisation_id = excluded.organisation_id,
            status = excluded.status
        """;

    private const string InsertGuestAttendance = """
        INSERT INTO attendance (id, meeting_id, guest_name, guest_organisation, status)
        VALUES (@id, @meetingId, @name, @organisation, @status)
        """;

    public static StateWrite Attendance(Guid meetingId, AttendanceEntry entry) => entry.UserId is null
        ? new(InsertGuestAttendance, new { id = entry.Id, meetingId, name = entry.Name, organisation = entry.Organisation, status = EnumText.ToText(entry.Status) })
        : new(UpsertMemberAttendance, new
        {
            id = entry.Id,
            meetingId,
            userId = entry.UserId,
            organisationId = entry.OrganisationId,
            status = EnumText.ToText(entry.Status),
        });

    // A correction changes the status of a row that exists (a member's or a guest's), never who it is.
    private const string UpdateAttendanceStatus = """
        UPDATE attendance
        SET status = @status
        WHERE id = @id
          AND meeting_id = @meetingId
        """;

    public static StateWrite ChangedAttendance(Guid meetingId, AttendanceEntry entry) =>
        new(UpdateAttendanceStatus, new { id = entry.Id, meetingId, status = EnumText.ToText(entry.Status) });

    // Migration 0027: the General section is an agenda_item row with the meeting's own id that only the record grain
    // writes and no agenda reader loads; it is created with the first note or outcome recorded under it.
    private const string InsertGeneralSection = """
        INSERT INTO agenda_item (id, meeting_id, position, title, general, created_at)
        VALUES (@meetingId, @meetingId, 0, '', TRUE, @now)
        """;

    public static StateWrite GeneralSection(Guid meetingId, DateTimeOffset now) =>
        new(InsertGeneralSection, new { meetingId, now = StoredTime.Write(now) });

    private const string InsertNote = """
        INSERT INTO note (id, meeting_id, agenda_item_id, text, restricted, created_at, seq)
        VALUES (@id, @meetingId, @agendaItemId, @text, @restricted, @createdAt,
                (SELECT COALESCE(MAX(seq), 0) + 1 FROM note WHERE meeting_id = @meetingId))
        """;

    public static StateWrite NewNote(Guid meetingId, NoteEntry note) => new(InsertNote, new
    {
        id = note.Id,
        meetingId,
        agendaItemId = note.AgendaItemId,
        text = note.Text,
        restricted = note.Restricted,
        createdAt = StoredTime.Write(note.CreatedAt),
    });

    private const string UpdateNote = """
        UPDATE note
        SET text = @text,
            restricted = @restricted
        WHERE id = @id
          AND meeting_id = @meetingId
        """;

    public static StateWrite ChangedNote(Guid meetingId, NoteEntry note) =>
        new(UpdateNote, new { id = note.Id, meetingId, text = note.Text, restricted = note.Restricted });

    private const string InsertOutcome = """
        INSERT INTO outcome (id, meeting_id, agenda_item_id, kind, decision_number, text, restricted, created_at, seq)
        VALUES (@id, @meetingId, @agendaItemId, @kind, @decisionNumber, @text, @restricted, @createdAt,
                (SELECT COALESCE(MAX(seq), 0) + 1 FROM outcome WHERE meeting_id = @meetingId))
        """;

    public static StateWrite NewOutcome(Guid meetingId, OutcomeEntry outcome) => new(InsertOutcome, new
    {
        id = outcome.Id,
        meetingId,
        agendaItemId = outcome.AgendaItemId,
        kind = EnumText.ToText(outcome.Kind),
        decisionNumber = outcome.DecisionNumber,
        text = outcome.Text,
        restricted = outcome.Restricted,
        createdAt = StoredTime.Write(outcome.CreatedAt),
    });

    private const string UpdateOutcome = """
        UPDATE outcome
        SET text = @text,
            restricted = @restricted
        WHERE id = @id
          AND meeting_id = @meetingId
        """;

    public static StateWrite ChangedOutcome(Guid meetingId, OutcomeEntry outcome) =>
        new(UpdateOutcome, new { id = outcome.Id, meetingId, text = outcome.Text, restricted = outcome.Restricted });

    // The record's own row beside the meeting's agenda item (the meeting grain owns agenda_item); one row either way.
    private const string UpsertAgendaProgress = """
        INSERT INTO agenda_item_progress (agenda_item_id, meeting_id, status)
        VALUES (@id, @meetingId, @status)
        ON CONFLICT (agenda_item_id) DO UPDATE
        SET status = excluded.status
        """;

    public static StateWrite AgendaStatus(Guid meetingId, AgendaEntry item) =>
        new(UpsertAgendaProgress, new { id = item.Id, meetingId, status = EnumText.ToText(item.Status) });

    private const string InsertRevision = """
        INSERT INTO record_revision (meeting_id, revision, published_at, published_by, reason, snapshot)
        VALUES (@meetingId, @revision, @publishedAt, @publishedBy, @reason, @snapshot)
        """;

    public static StateWrite Revision(Guid meetingId, int revision, DateTimeOffset publishedAt, string publishedBy, string? reason, RecordSnapshot snapshot) =>
        new(InsertRevision, new { meetingId, revision, publishedAt = StoredTime.Write(publishedAt), publishedBy, reason, snapshot = snapshot.ToJson() });

    private const string InsertAcknowledgement = """
        INSERT INTO record_acknowledgement (meeting_id, revision, user_id, acknowledged_at)
        VALUES (@meetingId, @revision, @userId, @now)
        """;

    public static StateWrite Acknowledgement(Guid meetingId, int revision, string userId, DateTimeOffset now) =>
        new(InsertAcknowledgement, new { meetingId, revision, userId, now = StoredTime.Write(now) });
}
