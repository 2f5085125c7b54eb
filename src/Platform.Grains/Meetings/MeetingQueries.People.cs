namespace Platform.Grains.Meetings;

public sealed partial class MeetingQueries
{
    private const string SelectResponses = """
        SELECT r.user_id AS UserId,
               u.display_name AS DisplayName,
               COALESCE(o.name, '') AS OrganisationName,
               r.response AS Response,
               r.delegate_user_id AS DelegateUserId,
               d.display_name AS DelegateName,
               r.responded_at AS RespondedAt
        FROM meeting_response r
        JOIN meeting m ON m.id = r.meeting_id
        JOIN user_account u ON u.id = r.user_id
        LEFT JOIN membership s ON s.working_group_id = m.working_group_id AND s.user_id = r.user_id
        LEFT JOIN organisation o ON o.id = s.organisation_id
        LEFT JOIN user_account d ON d.id = r.delegate_user_id
        WHERE r.meeting_id = @meetingId
        ORDER BY r.response, u.display_name
        """;

    /// <summary>Every answer to the meeting, for its facilitators.</summary>
    public async Task<IReadOnlyList<ResponseView>> ResponsesAsync(Guid meetingId, CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync<ResponseRow>(SelectResponses, new { meetingId }, cancellationToken);
        return [.. rows.Select(r => new ResponseView(r.UserId, r.DisplayName, r.OrganisationName, EnumText.Parse<RsvpResponse>(r.Response), r.DelegateUserId, r.DelegateName, r.RespondedAt))];
    }

    private const string SelectSeats = """
        SELECT s.user_id AS UserId,
               u.display_name AS DisplayName,
               s.organisation_id AS OrganisationId,
               o.name AS OrganisationName
        FROM membership s
        JOIN user_account u ON u.id = s.user_id
        JOIN organisation o ON o.id = s.organisation_id
        WHERE s.working_group_id = @groupId
        ORDER BY u.display_name, s.user_id
        """;

    /// <summary>Everyone seated in the group with their organisation: presenters and delegates are chosen from these.</summary>
    public async Task<IReadOnlyList<SeatView>> SeatsAsync(Guid groupId, CancellationToken cancellationToken = default)
    {
        return [.. await database.QueryAsync<SeatView>(SelectSeats, new { groupId }, cancellationToken)];
    }

    private const string SelectInvitees = """
        SELECT u.id AS UserId,
               u.email AS Email,
               u.display_name AS DisplayName,
               u.preferred_language AS PreferredLanguage,
               u.time_zone AS TimeZone
        FROM membership s
        JOIN user_account u ON u.id = s.user_id
        WHERE s.working_group_id = @groupId
        ORDER BY u.id
        """;

    /// <summary>Everyone seated in the group (facilitators, members, observers): invitations go to all of them.</summary>
    public async Task<IReadOnlyList<Invitee>> InviteesAsync(Guid groupId, CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync<Invitee>(SelectInvitees, new { groupId }, cancellationToken);
        return [.. rows];
    }

    private const string SelectBacklog = """
        SELECT a.id AS AgendaItemId,
               m.id AS MeetingId,
               m.title AS MeetingTitle,
               m.starts_utc AS MeetingStartsUtc,
               a.title AS Title,
               a.presenter_user_id AS PresenterUserId,
               a.minutes_allotted AS MinutesAllotted,
               COALESCE(p.status, 'open') AS Status
        FROM agenda_item a
        JOIN meeting m ON m.id = a.meeting_id
        LEFT JOIN agenda_item_progress p ON p.agenda_item_id = a.id
        WHERE m.working_group_id = @groupId
          AND a.general = FALSE
          AND m.starts_utc < @beforeUtc
          AND (p.status IS NULL OR p.status = 'not_reached')
          AND NOT EXISTS (SELECT 1 FROM agenda_item c WHERE c.carried_from_id = a.id)
        ORDER BY m.starts_utc, a.position
        """;

    /// <summary>
    /// Agenda items of the group's earlier meetings still open or not reached, and not carried yet: the backlog
    /// offered for the next meeting. Open action items come from <see cref="IActionItemBacklog"/>.
    /// </summary>
    public async Task<IReadOnlyList<BacklogItem>> BacklogAsync(Guid groupId, DateTimeOffset beforeUtc, CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync<BacklogRow>(SelectBacklog, new { groupId, beforeUtc = StoredTime.Write(beforeUtc) }, cancellationToken);
        return [.. rows.Select(r => new BacklogItem(r.AgendaItemId, r.MeetingId, r.MeetingTitle, r.MeetingStartsUtc, r.Title, r.PresenterUserId, r.MinutesAllotted, EnumText.Parse<AgendaItemStatus>(r.Status)))];
    }

    private sealed class ResponseRow
    {
        public string UserId { get; set; } = "";
        public string DisplayName { get; set; } = "";
        public string OrganisationName { get; set; } = "";
        public string Response { get; set; } = "";
        public string? DelegateUserId { get; set; }
        public string? DelegateName { get; set; }
        public DateTimeOffset RespondedAt { get; set; }
    }

    private sealed class BacklogRow
    {
        public Guid AgendaItemId { get; set; }
        public Guid MeetingId { get; set; }
        public string MeetingTitle { get; set; } = "";
        public DateTimeOffset MeetingStartsUtc { get; set; }
        public string Title { get; set; } = "";
        public string? PresenterUserId { get; set; }
        public int? MinutesAllotted { get; set; }
        public string Status { get; set; } = "";
    }
}
