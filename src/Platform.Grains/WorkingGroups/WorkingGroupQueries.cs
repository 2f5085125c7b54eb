namespace Platform.Grains.WorkingGroups;

/// <summary>Lists around working groups, read straight from SQL (never by calling many grains).</summary>
public sealed class WorkingGroupQueries(Database database)
{
    private const string SelectMyGroups = """
        SELECT g.id AS GroupId,
               g.name AS Name,
               g.country AS Country,
               m.role AS Role,
               g.status AS Status,
               (SELECT COUNT(*) FROM membership c WHERE c.working_group_id = g.id) AS MemberCount
        FROM membership m
        JOIN working_group g ON g.id = m.working_group_id
        WHERE m.user_id = @userId
        ORDER BY g.name, g.id
        """;

    public async Task<IReadOnlyList<MyGroup>> MyGroupsAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(Guid GroupId, string Name, string Country, string Role, string Status, long MemberCount)>(
            new CommandDefinition(SelectMyGroups, new { userId }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new MyGroup(r.GroupId, r.Name, r.Country, EnumText.Parse<GroupRole>(r.Role), EnumText.Parse<GroupStatus>(r.Status), (int)r.MemberCount))];
    }

    private const string SelectMembers = """
        SELECT u.id AS UserId,
               u.display_name AS DisplayName,
               u.gender AS Gender,
               o.id AS OrganisationId,
               o.name AS OrganisationName,
               o.stakeholder_type AS StakeholderType,
               m.role AS Role
        FROM membership m
        JOIN user_account u ON u.id = m.user_id
        JOIN organisation o ON o.id = m.organisation_id
        WHERE m.working_group_id = @groupId
        ORDER BY u.display_name, u.id
        """;

    public async Task<IReadOnlyList<MemberView>> MembersAsync(Guid groupId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string UserId, string DisplayName, string Gender, Guid OrganisationId, string OrganisationName, string StakeholderType, string Role)>(
            new CommandDefinition(SelectMembers, new { groupId }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new MemberView(
            r.UserId, r.DisplayName, r.Gender, r.OrganisationId, r.OrganisationName,
            EnumText.Parse<StakeholderType>(r.StakeholderType), EnumText.Parse<GroupRole>(r.Role)))];
    }

    private const string SelectActivity = """
        SELECT j.seq AS Seq,
               j.entity_kind AS EntityKind,
               j.entity_key AS EntityKey,
               j.action AS Action,
               j.occurred_at AS OccurredAt,
               u.display_name AS ActorName,
               COALESCE(m.title, s.title, a.title, c.text, p.display_name, g.name) AS Subject
        FROM journal_entry j
        LEFT JOIN user_account u ON u.id = j.actor
        LEFT JOIN meeting m ON j.entity_kind IN ('meeting', 'agenda_item', 'meeting_record') AND m.id = j.entity_key
        LEFT JOIN meeting_series s ON j.entity_kind = 'meeting_series' AND s.id = j.entity_key
        LEFT JOIN action_item a ON j.entity_kind = 'action_item' AND a.id = j.entity_key
        LEFT JOIN commitment c ON j.entity_kind = 'commitment' AND c.id = j.entity_key
        LEFT JOIN user_account p ON j.entity_kind = 'membership' AND p.id = j.entity_key
        LEFT JOIN working_group g ON j.entity_kind = 'working_group' AND g.id = j.entity_key
        WHERE j.working_group_id = @groupId
          AND j.action NOT IN ('scheduled_in_series', 'edited_with_series', 'cancelled_with_series')
          AND j.entity_kind NOT IN @keptKinds
        ORDER BY j.seq DESC
        LIMIT @limit
        """;

    /// <summary>
    /// The group's latest journal entries, newest first, each with the title or name of what it is about as it reads today
    /// (ActivityFeed turns them into sentences that link there). A series' occurrences journal each change of their own; the
    /// series' entry stands for them here, so a weekly series is one line rather than fifty-two. Incidents are not
    /// activity: every member reads this, and an incident's entries would tell who reported and when, its settings' who handles cases (IncidentAudience.KeptKinds).
    /// </summary>
    public async Task<IReadOnlyList<ActivityView>> ActivityAsync(Guid groupId, int limit = 20, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Seq, string EntityKind, string EntityKey, string Action, DateTimeOffset OccurredAt, string? ActorName, string? Subject)>(
            new CommandDefinition(
                SqlDialects.Of(connection).Lists(SelectActivity),
                new { groupId, limit, keptKinds = Incidents.IncidentAudience.KeptKinds },
                cancellationToken: cancellationToken));
        return [.. rows.Select(r => new ActivityView(r.Seq, r.EntityKind, r.Action, r.OccurredAt, r.ActorName)
        {
            EntityKey = r.EntityKey,
            Subject = r.Subject,
        })];
    }

    private const string SelectOrganisations = """
        SELECT id AS Id,
               name AS Name,
               country AS Country,
               stakeholder_type AS StakeholderType
        FROM organisation
        ORDER BY name, country
        """;

    /// <summary>Every organisation, by name, to choose the one a person acts for.</summary>
    public async Task<IReadOnlyList<OrganisationChoice>> OrganisationsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(Guid Id, string Name, string Country, string StakeholderType)>(
            new CommandDefinition(SelectOrganisations, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new OrganisationChoice(r.Id, r.Name, r.Country, EnumText.Parse<StakeholderType>(r.StakeholderType)))];
    }
}
