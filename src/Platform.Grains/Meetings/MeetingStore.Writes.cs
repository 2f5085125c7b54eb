namespace Platform.Grains.Meetings;

/// <summary>The statements the meeting grain commits; each affects exactly one row or nothing is written.</summary>
public sealed partial class MeetingStore
{
    private const string InsertMeetingRow = """
        INSERT INTO meeting (id, working_group_id, series_id, series_slot, title, starts_local, ends_local, time_zone,
                             starts_utc, ends_utc, place, online_link, status, detached, sequence, series_version, version, created_at,
                             invitations_sent_at, invitations_due_at, invitations_due_by)
        VALUES (@id, @groupId, @seriesId, @seriesSlot, @title, @startsLocal, @endsLocal, @timeZone,
                @startsUtc, @endsUtc, @place, @onlineLink, @status, @detached, @sequence, @seriesVersion, @version, @createdAt,
                @invitationsSentAt, @invitationsDueAt, @invitationsDueBy)
        ON CONFLICT (id) DO NOTHING
        """;

    public static StateWrite Insert(MeetingState state) => new(InsertMeetingRow, Parameters(state, state.Version));

    private const string UpdateMeetingRow = """
        UPDATE meeting
        SET title = @title,
            starts_local = @startsLocal,
            ends_local = @endsLocal,
            starts_utc = @startsUtc,
            ends_utc = @endsUtc,
            place = @place,
            online_link = @onlineLink,
            status = @status,
            detached = @detached,
            sequence = @sequence,
            series_version = @seriesVersion,
            invitations_sent_at = @invitationsSentAt,
            invitations_due_at = @invitationsDueAt,
            invitations_due_by = @invitationsDueBy,
            version = @version
        WHERE id = @id
          AND version = @expected
        """;

    /// <summary>Writes <paramref name="next"/> only if the row still has <paramref name="expectedVersion"/>.</summary>
    public static StateWrite Update(MeetingState next, long expectedVersion) => new(UpdateMeetingRow, Parameters(next, expectedVersion));

    private const string InsertAgendaRow = """
        INSERT INTO agenda_item (id, meeting_id, position, title, presenter_user_id, presenter_organisation_id,
                                 minutes_allotted, carried_from_id, incident_id, created_at)
        VALUES (@id, @meetingId, @position, @title, @presenterUserId, @presenterOrganisationId,
                @minutesAllotted, @carriedFromId, @incidentId, @createdAt)
        """;

    public static StateWrite InsertAgendaItem(Guid meetingId, int position, AgendaItem item, DateTimeOffset now) =>
        new(InsertAgendaRow, AgendaParameters(meetingId, position, item, now));

    // Whether an item was reached belongs to running the meeting: the record grain keeps it (agenda_item_progress).
    private const string UpdateAgendaRow = """
        UPDATE agenda_item
        SET position = @position,
            title = @title,
            presenter_user_id = @presenterUserId,
            presenter_organisation_id = @presenterOrganisationId,
            minutes_allotted = @minutesAllotted,
            incident_id = @incidentId
        WHERE id = @id
          AND meeting_id = @meetingId
        """;

    public static StateWrite UpdateAgendaItem(Guid meetingId, int position, AgendaItem item) =>
        new(UpdateAgendaRow, AgendaParameters(meetingId, position, item, DateTimeOffset.UnixEpoch));

    private const string DeleteAgendaRow = "DELETE FROM agenda_item WHERE id = @id AND meeting_id = @meetingId";

    public static StateWrite DeleteAgendaItem(Guid meetingId, Guid itemId) => new(DeleteAgendaRow, new { id = itemId, meetingId });

    // SQLite and PostgreSQL both count the upsert as one affected row, inserted or updated.
    private const string UpsertResponseRow = """
        INSERT INTO meeting_response (meeting_id, user_id, response, delegate_user_id, responded_at)
        VALUES (@meetingId, @userId, @response, @delegateUserId, @respondedAt)
        ON CONFLICT (meeting_id, user_id) DO UPDATE
        SET response = excluded.response,
            delegate_user_id = excluded.delegate_user_id,
            responded_at = excluded.responded_at
        """;

    public static StateWrite UpsertResponse(Guid meetingId, MeetingResponse response) => new(UpsertResponseRow, new
    {
        meetingId,
        userId = response.UserId,
        response = EnumText.ToText(response.Response),
        delegateUserId = response.DelegateUserId,
        respondedAt = StoredTime.Write(response.RespondedAt),
    });

    private static object Parameters(MeetingState s, long expected) => new
    {
        id = s.Id,
        groupId = s.GroupId,
        seriesId = s.SeriesId,
        seriesSlot = s.SeriesSlot,
        title = s.Details.Title,
        startsLocal = s.Details.Starts,
        endsLocal = s.Details.Ends,
        timeZone = s.TimeZone,
        startsUtc = StoredTime.Write(s.StartsUtc),
        endsUtc = StoredTime.Write(s.EndsUtc),
        place = s.Details.Place,
        onlineLink = s.Details.OnlineLink,
        status = EnumText.ToText(s.Status),
        detached = s.Detached,
        sequence = s.Sequence,
        seriesVersion = s.SeriesVersion,
        version = s.Version,
        expected,
        createdAt = StoredTime.Write(s.CreatedAt),
        invitationsSentAt = s.InvitationsSentAt is { } sent ? StoredTime.Write(sent) : null,
        invitationsDueAt = s.InvitationsDueAt is { } due ? StoredTime.Write(due) : null,
        invitationsDueBy = s.InvitationsDueBy,
    };

    private static object AgendaParameters(Guid meetingId, int position, AgendaItem item, DateTimeOffset now) => new
    {
        id = item.Id,
        meetingId,
        position,
        title = item.Title,
        presenterUserId = item.PresenterUserId,
        presenterOrganisationId = item.PresenterOrganisationId,
        minutesAllotted = item.MinutesAllotted,
        carriedFromId = item.CarriedFromId,
        incidentId = item.IncidentId,
        createdAt = StoredTime.Write(now),
    };
}
