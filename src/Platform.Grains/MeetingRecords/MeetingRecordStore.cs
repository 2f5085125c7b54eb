namespace Platform.Grains.MeetingRecords;

/// <summary>Reads a meeting's record for its grain; the grain is the only writer of these rows (see the Writes part).</summary>
public sealed partial class MeetingRecordStore(Database database)
{
    private const string SelectRecord = """
        SELECT m.working_group_id AS GroupId,
               m.title AS Title,
               m.starts_local AS StartsLocal,
               m.time_zone AS TimeZone,
               m.starts_utc AS StartsUtc,
               g.non_attribution AS NonAttribution,
               COALESCE(r.revision, 0) AS Revision,
               COALESCE(r.version, 0) AS Version
        FROM meeting m
        JOIN working_group g ON g.id = m.working_group_id
        LEFT JOIN meeting_record r ON r.meeting_id = m.id
        WHERE m.id = @id;

        SELECT a.id AS Id, a.position AS Position, a.title AS Title, COALESCE(p.status, 'open') AS Status
        FROM agenda_item a
        LEFT JOIN agenda_item_progress p ON p.agenda_item_id = a.id
        WHERE a.meeting_id = @id
          AND a.general = FALSE
        ORDER BY a.position, a.created_at;

        SELECT a.id AS Id,
               a.user_id AS UserId,
               a.organisation_id AS OrganisationId,
               COALESCE(u.display_name, a.guest_name) AS Name,
               COALESCE(o.name, a.guest_organisation, '') AS Organisation,
               a.status AS Status
        FROM attendance a
        LEFT JOIN user_account u ON u.id = a.user_id
        LEFT JOIN organisation o ON o.id = a.organisation_id
        WHERE a.meeting_id = @id
        ORDER BY a.user_id IS NULL, COALESCE(u.display_name, a.guest_name), a.id;

        SELECT id AS Id, agenda_item_id AS AgendaItemId, text AS Text, restricted AS Restricted, created_at AS CreatedAt
        FROM note
        WHERE meeting_id = @id
        ORDER BY seq, created_at, id;

        SELECT id AS Id, agenda_item_id AS AgendaItemId, kind AS Kind, decision_number AS DecisionNumber,
               text AS Text, restricted AS Restricted, created_at AS CreatedAt
        FROM outcome
        WHERE meeting_id = @id
        ORDER BY seq, created_at, id;

        SELECT COUNT(*) FROM agenda_item WHERE id = @id AND meeting_id = @id AND general = TRUE;
        """;

    /// <summary>The record of meeting <paramref name="meetingId"/>, or null when there is no such meeting.</summary>
    public async Task<MeetingRecordState?> LoadAsync(Guid meetingId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.QueryMultipleAsync(new CommandDefinition(SelectRecord, new { id = meetingId }, cancellationToken: cancellationToken));
        var row = await reader.ReadSingleOrDefaultAsync<HeadRow>();
        if (row is null)
        {
            return null;
        }

        var agenda = (await reader.ReadAsync<(Guid Id, long Position, string Title, string Status)>())
            .Select(a => new AgendaEntry(a.Id, (int)a.Position, a.Title, EnumText.Parse<AgendaItemStatus>(a.Status)));
        var attendance = (await reader.ReadAsync<(Guid Id, string? UserId, Guid? OrganisationId, string Name, string Organisation, string Status)>())
            .Select(a => new AttendanceEntry(a.Id, a.UserId, a.OrganisationId, a.Name, a.Organisation, EnumText.Parse<AttendanceStatus>(a.Status)));
        var notes = (await reader.ReadAsync<(Guid Id, Guid AgendaItemId, string Text, bool Restricted, DateTimeOffset CreatedAt)>())
            .Select(n => new NoteEntry(n.Id, n.AgendaItemId, n.Text, n.Restricted, n.CreatedAt));
        var outcomes = (await reader.ReadAsync<(Guid Id, Guid AgendaItemId, string Kind, long? DecisionNumber, string Text, bool Restricted, DateTimeOffset CreatedAt)>())
            .Select(o => new OutcomeEntry(o.Id, o.AgendaItemId, EnumText.Parse<OutcomeKind>(o.Kind), (int?)o.DecisionNumber, o.Text, o.Restricted, o.CreatedAt));
        var hasGeneral = await reader.ReadSingleAsync<long>() > 0;
        return new MeetingRecordState(meetingId, row.GroupId, row.Title, new MeetingStart(row.StartsLocal, row.TimeZone, row.StartsUtc), row.NonAttribution, [.. agenda], [.. attendance], [.. notes], [.. outcomes], (int)row.Revision, row.Version)
        {
            HasGeneralSection = hasGeneral,
        };
    }

    private const string SelectParticipants = """
        SELECT m.user_id AS UserId,
               u.display_name AS Name,
               o.name AS Organisation,
               m.role AS Role,
               m.organisation_id AS OrganisationId
        FROM membership m
        JOIN user_account u ON u.id = m.user_id
        JOIN organisation o ON o.id = m.organisation_id
        WHERE m.working_group_id = @groupId
        ORDER BY u.display_name, m.user_id
        """;

    /// <summary>Everyone seated in the group now (observers included), with the organisation they sit for.</summary>
    public async Task<IReadOnlyList<(SnapshotParticipant Participant, Guid OrganisationId)>> ParticipantsAsync(Guid groupId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string UserId, string Name, string Organisation, string Role, Guid OrganisationId)>(
            new CommandDefinition(SelectParticipants, new { groupId }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => (new SnapshotParticipant(r.UserId, r.Name, r.Organisation, EnumText.Parse<GroupRole>(r.Role)), r.OrganisationId))];
    }

    private const string SelectAcknowledged = """
        SELECT EXISTS (
            SELECT 1 FROM record_acknowledgement WHERE meeting_id = @meetingId AND revision = @revision AND user_id = @userId)
        """;

    public async Task<bool> AcknowledgedAsync(Guid meetingId, int revision, string userId, CancellationToken cancellationToken = default)
    {
        return await database.ExecuteScalarAsync<bool>(SelectAcknowledged, new { meetingId, revision, userId }, cancellationToken);
    }

    private const string SelectSnapshot = "SELECT snapshot FROM record_revision WHERE meeting_id = @meetingId AND revision = @revision";

    /// <summary>The snapshot published as <paramref name="revision"/>, or null.</summary>
    public async Task<RecordSnapshot?> SnapshotAsync(Guid meetingId, int revision, CancellationToken cancellationToken = default)
    {
        var json = await database.ExecuteScalarAsync<string?>(SelectSnapshot, new { meetingId, revision }, cancellationToken);
        return json is null ? null : RecordSnapshot.FromJson(json);
    }

    private sealed class HeadRow
    {
        public Guid GroupId { get; set; }
        public string Title { get; set; } = "";
        public string StartsLocal { get; set; } = "";
        public string TimeZone { get; set; } = "";
        public DateTimeOffset StartsUtc { get; set; }
        public bool NonAttribution { get; set; }
        public long Revision { get; set; }
        public long Version { get; set; }
    }
}
