namespace Platform.Grains.ActionItems;

/// <summary>The action item rows and their progress; only the action item grain writes them.</summary>
public sealed class ActionItemStore(Database database)
{
    private const string SelectItem = """
        SELECT working_group_id AS GroupId, title AS Title, description AS Description, owner_user_id AS OwnerUserId,
               owner_organisation_id AS OwnerOrganisationId, due_date AS DueDate, priority AS Priority, status AS Status,
               meeting_id AS MeetingId, outcome_id AS OutcomeId, agenda_item_id AS AgendaItemId, version AS Version,
               created_at AS CreatedAt, updated_at AS UpdatedAt
        FROM action_item
        WHERE id = @id
        """;

    /// <summary>The stored item, or null.</summary>
    public async Task<ActionItemState?> LoadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var row = await database.QuerySingleOrDefaultAsync<ActionItemRow>(SelectItem, new { id }, cancellationToken);
        return row?.ToState(id);
    }

    private const string SelectSeat = "SELECT organisation_id FROM membership WHERE working_group_id = @groupId AND user_id = @userId";

    /// <summary>The organisation a person acts for in the group, or null when they hold no seat there.</summary>
    public async Task<Guid?> SeatAsync(Guid groupId, string userId, CancellationToken cancellationToken = default)
    {
        return await database.QuerySingleOrDefaultAsync<Guid?>(SelectSeat, new { groupId, userId }, cancellationToken);
    }

    private const string SelectOrganisationSeated = """
        SELECT COUNT(*)
        FROM membership
        WHERE working_group_id = @groupId
          AND organisation_id = @organisationId
        """;

    /// <summary>Whether someone sits in the group for <paramref name="organisationId"/> (false for an unknown organisation).</summary>
    public async Task<bool> OrganisationSeatedAsync(Guid groupId, Guid organisationId, CancellationToken cancellationToken = default)
    {
        return await database.ExecuteScalarAsync<long>(SelectOrganisationSeated, new { groupId, organisationId }, cancellationToken) > 0;
    }

    private const string SelectGroupExists = "SELECT COUNT(*) FROM working_group WHERE id = @id";

    public async Task<bool> GroupExistsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        return await database.ExecuteScalarAsync<long>(SelectGroupExists, new { id }, cancellationToken) > 0;
    }

    private const string SelectFollowUpHasItem = "SELECT COUNT(*) FROM action_item WHERE outcome_id = @outcomeId";

    /// <summary>True when an action item was already made from follow-up outcome <paramref name="outcomeId"/>.</summary>
    public async Task<bool> FollowUpHasItemAsync(Guid outcomeId, CancellationToken cancellationToken = default)
    {
        return await database.ExecuteScalarAsync<long>(SelectFollowUpHasItem, new { outcomeId }, cancellationToken) > 0;
    }

    private const string SelectOriginMatches = """
        SELECT COUNT(*)
        FROM meeting m
        WHERE m.id = @meetingId
          AND m.working_group_id = @groupId
          AND (@outcomeId IS NULL OR EXISTS (SELECT 1 FROM outcome o WHERE o.id = @outcomeId AND o.meeting_id = m.id))
          AND (@agendaItemId IS NULL OR EXISTS (SELECT 1 FROM agenda_item a WHERE a.id = @agendaItemId AND a.meeting_id = m.id))
        """;

    /// <summary>True when the origin's meeting is the group's and its outcome and agenda item are that meeting's.</summary>
    public async Task<bool> OriginBelongsAsync(Guid groupId, ActionItemOrigin origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(origin);
        if (origin.MeetingId is not { } meetingId)
        {
            return origin.OutcomeId is null && origin.AgendaItemId is null;
        }

        return await database.ExecuteScalarAsync<long>(SelectOriginMatches, new
        {
            groupId,
            meetingId,
            outcomeId = origin.OutcomeId,
            agendaItemId = origin.AgendaItemId,
        }, cancellationToken) > 0;
    }

    // An item made from an agenda item (or an outcome of one) that took up an incident deals with that incident too.
    private const string InsertRow = """
        INSERT INTO action_item (id, working_group_id, title, description, owner_user_id, owner_organisation_id, due_date,
                                 priority, status, meeting_id, outcome_id, agenda_item_id, incident_id, version, created_at, updated_at)
        VALUES (@id, @groupId, @title, @description, @ownerUserId, @ownerOrganisationId, @dueDate,
                @priority, @status, @meetingId, @outcomeId, @agendaItemId,
                (SELECT a.incident_id FROM agenda_item a
                 WHERE a.id = COALESCE(@agendaItemId, (SELECT o.agenda_item_id FROM outcome o WHERE o.id = @outcomeId))),
                @version, @createdAt, @updatedAt)
        ON CONFLICT (id) DO NOTHING
        """;

    public static StateWrite Insert(ActionItemState state) => new(InsertRow, Parameters(state, state.Version));

    private const string UpdateRow = """
        UPDATE action_item
        SET title = @title, description = @description, owner_user_id = @ownerUserId,
            owner_organisation_id = @ownerOrganisationId, due_date = @dueDate, priority = @priority, status = @status,
            version = @version, updated_at = @updatedAt
        WHERE id = @id
          AND version = @expected
        """;

    /// <summary>Writes <paramref name="next"/> only if the row still has <paramref name="expectedVersion"/>.</summary>
    public static StateWrite Update(ActionItemState next, long expectedVersion) => new(UpdateRow, Parameters(next, expectedVersion));

    private const string InsertUpdateRow = """
        INSERT INTO action_item_update (id, action_item_id, text, status_from, status_to, evidence_link, created_by, created_at)
        VALUES (@id, @itemId, @text, @statusFrom, @statusTo, @evidenceLink, @createdBy, @createdAt)
        """;

    public static StateWrite InsertUpdate(Guid itemId, ActionItemUpdate update) => new(InsertUpdateRow, new
    {
        id = update.Id,
        itemId,
        text = update.Text,
        statusFrom = update.From is { } f ? EnumText.ToText(f) : null,
        statusTo = update.To is { } t ? EnumText.ToText(t) : null,
        evidenceLink = update.EvidenceLink,
        createdBy = update.CreatedBy,
        createdAt = StoredTime.Write(update.CreatedAt),
    });

    private static object Parameters(ActionItemState s, long expected) => new
    {
        id = s.Id,
        groupId = s.GroupId,
        title = s.Details.Title,
        description = s.Details.Description,
        ownerUserId = s.Details.OwnerUserId,
        ownerOrganisationId = s.Details.OwnerOrganisationId,
        dueDate = s.Details.DueDate is { } d ? WallClock.WriteDate(d) : null,
        priority = EnumText.ToText(s.Details.Priority),
        status = EnumText.ToText(s.Status),
        meetingId = s.Origin?.MeetingId,
        outcomeId = s.Origin?.OutcomeId,
        agendaItemId = s.Origin?.AgendaItemId,
        version = s.Version,
        expected,
        createdAt = StoredTime.Write(s.CreatedAt),
        updatedAt = StoredTime.Write(s.UpdatedAt),
    };
}
