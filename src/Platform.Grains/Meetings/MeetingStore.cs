namespace Platform.Grains.Meetings;

/// <summary>The meeting rows, their agenda and answers; only the meeting grain writes them (the series asks it).</summary>
public sealed partial class MeetingStore(Database database)
{
    private const string SelectMeeting = """
        SELECT working_group_id AS GroupId,
               series_id AS SeriesId,
               series_slot AS SeriesSlot,
               title AS Title,
               starts_local AS StartsLocal,
               ends_local AS EndsLocal,
               time_zone AS TimeZone,
               starts_utc AS StartsUtc,
               ends_utc AS EndsUtc,
               place AS Place,
               online_link AS OnlineLink,
               status AS Status,
               detached AS Detached,
               sequence AS Sequence,
               series_version AS SeriesVersion,
               version AS Version,
               created_at AS CreatedAt,
               COALESCE(invitations_sent_at,
                        (SELECT MIN(o.invitations_sent_at) FROM meeting o WHERE o.series_id = meeting.series_id)) AS InvitationsSentAt,
               invitations_due_at AS InvitationsDueAt,
               invitations_due_by AS InvitationsDueBy
        FROM meeting
        WHERE id = @id;

        SELECT id AS Id,
               title AS Title,
               presenter_user_id AS PresenterUserId,
               presenter_organisation_id AS PresenterOrganisationId,
               minutes_allotted AS MinutesAllotted,
               carried_from_id AS CarriedFromId,
               incident_id AS IncidentId
        FROM agenda_item
        WHERE meeting_id = @id
          AND general = FALSE
        ORDER BY position, created_at;
        """;

    /// <summary>The stored meeting with its agenda, or null.</summary>
    public async Task<MeetingState?> LoadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.QueryMultipleAsync(new CommandDefinition(SelectMeeting, new { id }, cancellationToken: cancellationToken));
        var row = await reader.ReadSingleOrDefaultAsync<MeetingRow>();
        if (row is null)
        {
            return null;
        }

        var agenda = (await reader.ReadAsync<AgendaRow>()).Select(a => new AgendaItem(
            a.Id,
            a.Title,
            a.PresenterUserId,
            a.PresenterOrganisationId,
            a.MinutesAllotted,
            a.CarriedFromId,
            a.IncidentId)).ToList();
        return row.ToState(id, agenda);
    }

    private const string SelectGroupZone = "SELECT time_zone FROM working_group WHERE id = @id";

    /// <summary>The group's IANA time zone, or null when the group does not exist.</summary>
    public async Task<string?> GroupZoneAsync(Guid groupId, CancellationToken cancellationToken = default)
    {
        return await database.QuerySingleOrDefaultAsync<string>(SelectGroupZone, new { id = groupId }, cancellationToken);
    }

    private const string SelectSeat = """
        SELECT organisation_id
        FROM membership
        WHERE working_group_id = @groupId
          AND user_id = @userId
        """;

    /// <summary>The organisation a person acts for in the group, or null when they hold no seat there.</summary>
    public async Task<Guid?> SeatAsync(Guid groupId, string userId, CancellationToken cancellationToken = default)
    {
        return await database.QuerySingleOrDefaultAsync<Guid?>(SelectSeat, new { groupId, userId }, cancellationToken);
    }

    private const string SelectItemHasRecord = """
        SELECT EXISTS (SELECT 1 FROM note WHERE agenda_item_id = @id)
            OR EXISTS (SELECT 1 FROM outcome WHERE agenda_item_id = @id)
            OR EXISTS (SELECT 1 FROM agenda_item WHERE carried_from_id = @id)
        """;

    /// <summary>True when notes, outcomes or a later meeting's carried item point at this agenda item, so it must stay.</summary>
    public async Task<bool> AgendaItemHasRecordAsync(Guid itemId, CancellationToken cancellationToken = default)
    {
        return await database.ExecuteScalarAsync<bool>(SelectItemHasRecord, new { id = itemId }, cancellationToken);
    }

    private sealed class MeetingRow
    {
        public Guid GroupId { get; set; }
        public Guid? SeriesId { get; set; }
        public LocalDate? SeriesSlot { get; set; }
        public string Title { get; set; } = "";
        public LocalDateTime StartsLocal { get; set; }
        public LocalDateTime EndsLocal { get; set; }
        public string TimeZone { get; set; } = "";
        public DateTimeOffset StartsUtc { get; set; }
        public DateTimeOffset EndsUtc { get; set; }
        public string? Place { get; set; }
        public string? OnlineLink { get; set; }
        public string Status { get; set; } = "";
        public bool Detached { get; set; }
        public long Sequence { get; set; }
        public long? SeriesVersion { get; set; }
        public long Version { get; set; }
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset? InvitationsSentAt { get; set; }
        public DateTimeOffset? InvitationsDueAt { get; set; }
        public string? InvitationsDueBy { get; set; }

        public MeetingState ToState(Guid id, IReadOnlyList<AgendaItem> agenda) => new(
            id,
            GroupId,
            SeriesId,
            SeriesSlot,
            new MeetingDetails(Title, StartsLocal, EndsLocal, Place, OnlineLink),
            TimeZone,
            StartsUtc,
            EndsUtc,
            EnumText.Parse<MeetingStatus>(Status),
            Detached,
            Sequence,
            Version,
            CreatedAt,
            agenda)
        {
            SeriesVersion = SeriesVersion,
            InvitationsSentAt = InvitationsSentAt,
            InvitationsDueAt = InvitationsDueAt,
            InvitationsDueBy = InvitationsDueBy,
        };
    }

    private sealed class AgendaRow
    {
        public Guid Id { get; set; }
        public string Title { get; set; } = "";
        public string? PresenterUserId { get; set; }
        public Guid? PresenterOrganisationId { get; set; }
        public int? MinutesAllotted { get; set; }
        public Guid? CarriedFromId { get; set; }
        public Guid? IncidentId { get; set; }
    }
}
