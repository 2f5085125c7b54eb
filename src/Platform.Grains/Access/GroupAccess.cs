using System.Collections.Concurrent;

namespace Platform.Grains.Access;

/// <summary>
/// The one place that answers "may user U do action A on working group G". It reads the database on every
/// call, so removing a member or a role takes effect on that person's very next request.
/// </summary>
public sealed class GroupAccess(Database database)
{
    /// <summary>
    /// Two SELECT columns over @UserId and @GroupId: whether the person administers the platform, and whether they are a
    /// donor whose portfolio holds the group. Incident access reads them through this same text.
    /// </summary>
    internal const string AdministratorAndDonorColumns = """
        EXISTS (SELECT 1 FROM user_role WHERE user_id = @UserId AND role = 'administrator') AS IsAdministrator,
        EXISTS (
            SELECT 1
            FROM user_role r
            JOIN donor_portfolio p ON p.user_id = r.user_id
            WHERE r.user_id = @UserId
              AND r.role = 'donor'
              AND p.working_group_id = @GroupId
        ) AS IsDonorForGroup
        """;

    private const string SelectGroupStanding = $$"""
        SELECT
            EXISTS (SELECT 1 FROM working_group WHERE id = @GroupId) AS GroupExists,
            (SELECT role FROM membership WHERE working_group_id = @GroupId AND user_id = @UserId) AS Role,
            {{AdministratorAndDonorColumns}}
        """;

    /// <summary>What <paramref name="userId"/> stands as on <paramref name="groupId"/>; anonymous stands as nothing.</summary>
    public async Task<GroupStanding> StandingAsync(string? userId, Guid groupId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(userId))
        {
            return GroupStanding.None;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<(bool GroupExists, string? Role, bool IsAdministrator, bool IsDonorForGroup)>(
            new CommandDefinition(SelectGroupStanding, new { GroupId = groupId.ToString(), UserId = userId }, cancellationToken: cancellationToken));
        return Standing(row.GroupExists, row.Role, row.IsAdministrator, row.IsDonorForGroup);
    }

    private static GroupStanding Standing(bool groupExists, string? role, bool isAdministrator, bool isDonorForGroup) =>
        new(groupExists, role is null ? null : EnumText.Parse<GroupRole>(role), isAdministrator, isDonorForGroup);

    public async Task<bool> CanAsync(string? userId, Guid groupId, GroupAction action, CancellationToken cancellationToken = default) =>
        (await StandingAsync(userId, groupId, cancellationToken)).Allows(action);

    // The standing query with one more column: whether every id of the route is the group's. One text per set of route
    // values (a handful), so PostgreSQL's prepared statements and Dapper's cache see the same few.
    private static readonly ConcurrentDictionary<string, string> StandingWithin = new(StringComparer.Ordinal);

    /// <summary>
    /// As <see cref="CanAsync(string?, Guid, GroupAction, CancellationToken)"/>, and every thing the route names inside
    /// the group (<see cref="RouteOwnership.RouteValues"/> → its id) belongs to <paramref name="groupId"/>; one query.
    /// </summary>
    public async Task<bool> CanAsync(
        string? userId, Guid groupId, GroupAction action, IReadOnlyDictionary<string, Guid> inside, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inside);
        if (inside.Count == 0)
        {
            return await CanAsync(userId, groupId, action, cancellationToken);
        }

        if (string.IsNullOrEmpty(userId))
        {
            return false;
        }

        var names = inside.Keys.Order(StringComparer.Ordinal).ToList();
        var sql = StandingWithin.GetOrAdd(string.Join(',', names), _ =>
            $"{SelectGroupStanding},\n    {string.Join(" AND ", names.Select(RouteOwnership.BelongsToGroup))} AS Inside");
        var parameters = new DynamicParameters(new { GroupId = groupId.ToString(), UserId = userId });
        foreach (var name in names)
        {
            parameters.Add(name, inside[name].ToString());
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<(bool GroupExists, string? Role, bool IsAdministrator, bool IsDonorForGroup, bool Inside)>(
            new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return row.Inside && Standing(row.GroupExists, row.Role, row.IsAdministrator, row.IsDonorForGroup).Allows(action);
    }

    private const string SelectPlatformStanding = """
        SELECT
            EXISTS (SELECT 1 FROM user_role WHERE user_id = @UserId AND role = 'administrator') AS IsAdministrator,
            EXISTS (SELECT 1 FROM user_role WHERE user_id = @UserId AND role = 'donor') AS IsDonor,
            EXISTS (SELECT 1 FROM membership WHERE user_id = @UserId AND role = 'facilitator') AS FacilitatesAnyGroup
        """;

    /// <summary>Platform-wide rights of <paramref name="userId"/>; anonymous has none.</summary>
    public async Task<PlatformStanding> PlatformStandingAsync(string? userId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(userId))
        {
            return PlatformStanding.None;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<(bool IsAdministrator, bool IsDonor, bool FacilitatesAnyGroup)>(
            new CommandDefinition(SelectPlatformStanding, new { UserId = userId }, cancellationToken: cancellationToken));
        return new PlatformStanding(row.IsAdministrator, row.IsDonor, row.FacilitatesAnyGroup);
    }

    // Issue 11: an organisation's stakeholder type feeds the figures of every group it sits in, so only someone who runs
    // one of those groups may change it. An organisation seated nowhere yet belongs to whoever registered it.
    private const string SelectOrganisationEditor = """
        SELECT
            EXISTS (SELECT 1 FROM user_role WHERE user_id = @UserId AND role = 'administrator') AS IsAdministrator,
            EXISTS (
                SELECT 1
                FROM membership seat
                JOIN membership mine ON mine.working_group_id = seat.working_group_id
                WHERE seat.organisation_id = @OrganisationId
                  AND mine.user_id = @UserId
                  AND mine.role = 'facilitator'
            ) AS FacilitatesWhereSeated,
            EXISTS (
                SELECT 1
                FROM organisation o
                WHERE o.id = @OrganisationId
                  AND o.created_by = @UserId
                  AND NOT EXISTS (SELECT 1 FROM membership s WHERE s.organisation_id = o.id)
                  AND EXISTS (SELECT 1 FROM membership f WHERE f.user_id = @UserId AND f.role = 'facilitator')
            ) AS RegisteredUnseated
        """;

    /// <summary>
    /// Whether <paramref name="userId"/> may edit organisation <paramref name="organisationId"/>: administrators any;
    /// a facilitator those seated in a group they facilitate, or those they registered that are seated nowhere yet.
    /// </summary>
    public async Task<bool> CanEditOrganisationAsync(string? userId, Guid organisationId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(userId))
        {
            return false;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<(bool IsAdministrator, bool FacilitatesWhereSeated, bool RegisteredUnseated)>(new CommandDefinition(
            SelectOrganisationEditor, new { UserId = userId, OrganisationId = organisationId.ToString() }, cancellationToken: cancellationToken));
        return row.IsAdministrator || row.FacilitatesWhereSeated || row.RegisteredUnseated;
    }
}
