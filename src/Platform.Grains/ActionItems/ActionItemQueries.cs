namespace Platform.Grains.ActionItems;

/// <summary>Lists of action items: the group board, my items, my organisations' items, an item's history.</summary>
public sealed class ActionItemQueries(Database database, TimeProvider time)
{
    private const string SelectColumns = """
        SELECT a.id AS Id, a.working_group_id AS GroupId, g.name AS GroupName, g.time_zone AS TimeZone, a.title AS Title,
               a.owner_user_id AS OwnerUserId, u.display_name AS OwnerName, a.owner_organisation_id AS OwnerOrganisationId,
               o.name AS OwnerOrganisationName, a.due_date AS DueDate, a.priority AS Priority, a.status AS Status
        FROM action_item a
        JOIN working_group g ON g.id = a.working_group_id
        LEFT JOIN user_account u ON u.id = a.owner_user_id
        LEFT JOIN organisation o ON o.id = a.owner_organisation_id
        """;

    private const string SelectBoard = SelectColumns + """

        WHERE a.working_group_id = @groupId
          AND (@org IS NULL OR a.owner_organisation_id = @org)
          AND (@user IS NULL OR a.owner_user_id = @user)
        ORDER BY a.due_date IS NULL, a.due_date, a.created_at
        """;

    /// <summary>The group's items, narrowed by <paramref name="filter"/>, soonest due first.</summary>
    public async Task<IReadOnlyList<ActionItemView>> BoardAsync(Guid groupId, BoardFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var items = await ListAsync(SelectBoard, new
        {
            groupId,
            org = filter.OwnerOrganisationId,
            user = string.IsNullOrEmpty(filter.OwnerUserId) ? null : filter.OwnerUserId,
        }, cancellationToken);
        return filter.OverdueOnly ? [.. items.Where(i => i.Overdue)] : items;
    }

    // Only groups where I still hold a seat: an item of a group I left is no longer mine to see.
    private const string SelectMine = SelectColumns + """

        JOIN membership m ON m.working_group_id = a.working_group_id AND m.user_id = @userId
        WHERE a.owner_user_id = @userId
        ORDER BY a.due_date IS NULL, a.due_date, a.created_at
        """;

    public Task<IReadOnlyList<ActionItemView>> MineAsync(string userId, CancellationToken cancellationToken = default) =>
        ListAsync(SelectMine, new { userId }, cancellationToken);

    private const string SelectOurOrganisations = SelectColumns + """

        JOIN membership m ON m.working_group_id = a.working_group_id AND m.user_id = @userId
        WHERE a.owner_organisation_id = m.organisation_id
        ORDER BY a.due_date IS NULL, a.due_date, a.created_at
        """;

    /// <summary>Items owned by the organisation I act for, in each group where I hold a seat.</summary>
    public Task<IReadOnlyList<ActionItemView>> OurOrganisationsAsync(string userId, CancellationToken cancellationToken = default) =>
        ListAsync(SelectOurOrganisations, new { userId }, cancellationToken);

    private const string SelectUpdates = """
        SELECT x.text AS Text, x.status_from AS StatusFrom, x.status_to AS StatusTo, x.evidence_link AS EvidenceLink,
               u.display_name AS AuthorName, x.created_at AS CreatedAt
        FROM action_item_update x
        JOIN user_account u ON u.id = x.created_by
        WHERE x.action_item_id = @itemId
        ORDER BY x.created_at, x.id
        """;

    public async Task<IReadOnlyList<ActionItemUpdateView>> UpdatesAsync(Guid itemId, CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync<UpdateRow>(SelectUpdates, new { itemId }, cancellationToken);
        return [.. rows.Select(r => new ActionItemUpdateView(r.Text, Status(r.StatusFrom), Status(r.StatusTo), r.EvidenceLink, r.AuthorName, r.CreatedAt))];
    }

    private const string SelectOwners = """
        SELECT m.user_id AS UserId, u.display_name AS Name, m.organisation_id AS OrganisationId, o.name AS OrganisationName
        FROM membership m
        JOIN user_account u ON u.id = m.user_id
        JOIN organisation o ON o.id = m.organisation_id
        WHERE m.working_group_id = @groupId
        ORDER BY o.name, u.display_name
        """;

    /// <summary>The group's seats: the people and organisations an item can be given to.</summary>
    public async Task<IReadOnlyList<OwnerChoice>> OwnersAsync(Guid groupId, CancellationToken cancellationToken = default)
    {
        return [.. await database.QueryAsync<OwnerChoice>(SelectOwners, new { groupId }, cancellationToken)];
    }

    private const string SelectFromOutcomes = """
        SELECT outcome_id AS OutcomeId,
               id AS ItemId
        FROM action_item
        WHERE meeting_id = @meetingId
          AND outcome_id IS NOT NULL
        ORDER BY created_at DESC
        """;

    /// <summary>
    /// Issue 15: the action item made from each follow-up outcome of <paramref name="meetingId"/> (the first one, should
    /// there be several), so a follow-up that has one links to it instead of offering another.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, Guid>> FromOutcomesAsync(Guid meetingId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(Guid OutcomeId, Guid ItemId)>(
            new CommandDefinition(SelectFromOutcomes, new { meetingId }, cancellationToken: cancellationToken));

        // Newest first, so the last write per outcome is its oldest item.
        var items = new Dictionary<Guid, Guid>();
        foreach (var (outcomeId, itemId) in rows)
        {
            items[outcomeId] = itemId;
        }

        return items;
    }

    /// <summary>Today's date in <paramref name="zone"/>; items due before it and still open are overdue.</summary>
    public LocalDate Today(string zone) =>
        Instant.FromDateTimeOffset(time.GetUtcNow()).InZone(DateTimeZoneProviders.Tzdb[zone]).Date;

    private async Task<IReadOnlyList<ActionItemView>> ListAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<ViewRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).ToList();
        var escalated = await EscalatedAsync(connection, [.. rows.Select(r => r.Id)], cancellationToken);
        var todays = new Dictionary<string, LocalDate>(StringComparer.Ordinal);
        return [.. rows.Select(r =>
        {
            var status = EnumText.Parse<ActionItemStatus>(r.Status);
            var due = r.DueDate;
            if (!todays.TryGetValue(r.TimeZone, out var today))
            {
                today = todays[r.TimeZone] = Today(r.TimeZone);
            }

            return new ActionItemView(Guid.Parse(r.Id), r.GroupId, r.GroupName, r.Title, r.OwnerUserId, r.OwnerName,
                r.OwnerOrganisationId, r.OwnerOrganisationName, due,
                EnumText.Parse<ActionItemPriority>(r.Priority), status, due < today && !status.IsClosed(), escalated.Contains(r.Id));
        })];
    }

    // An escalation shows while the item is open and its basis is still the item's current due date or last update.
    private const string SelectEscalated = """
        SELECT DISTINCT a.id
        FROM action_item a
        JOIN action_item_escalation e ON e.action_item_id = a.id
        WHERE a.id IN @ids
          AND a.status IN ('open', 'in_progress', 'blocked')
          AND ((e.reason = 'overdue' AND e.basis = a.due_date)
               OR (e.reason = 'stale'
                   AND e.basis = COALESCE((SELECT MAX(x.created_at) FROM action_item_update x WHERE x.action_item_id = a.id), a.created_at)))
        """;

    private static async Task<HashSet<string>> EscalatedAsync(DbConnection connection, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var escalated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(900))
        {
            escalated.UnionWith(await connection.QueryAsync<string>(new CommandDefinition(SqlDialects.Of(connection).Lists(SelectEscalated), new { ids = chunk }, cancellationToken: cancellationToken)));
        }

        return escalated;
    }

    private static ActionItemStatus? Status(string? text) => text is null ? null : EnumText.Parse<ActionItemStatus>(text);

    private sealed record ViewRow(string Id, Guid GroupId, string GroupName, string TimeZone, string Title, string? OwnerUserId, string? OwnerName,
        Guid? OwnerOrganisationId, string? OwnerOrganisationName, LocalDate? DueDate, string Priority, string Status);

    private sealed record UpdateRow(string Text, string? StatusFrom, string? StatusTo, string? EvidenceLink, string AuthorName, DateTimeOffset CreatedAt);
}
