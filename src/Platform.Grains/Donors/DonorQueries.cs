namespace Platform.Grains.Donors;

/// <summary>Reads for the donor administration page and for donors' aggregate views.</summary>
public sealed class DonorQueries(Database database)
{
    private const string SelectDonors = """
        SELECT u.id AS UserId,
               u.display_name AS DisplayName,
               u.email AS Email,
               g.id AS GroupId,
               g.name AS GroupName
        FROM user_account u
        JOIN user_role r ON r.user_id = u.id AND r.role = 'donor'
        LEFT JOIN donor_portfolio p ON p.user_id = u.id
        LEFT JOIN working_group g ON g.id = p.working_group_id
        ORDER BY u.display_name, u.id, g.name
        """;

    public async Task<IReadOnlyList<DonorView>> DonorsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string UserId, string DisplayName, string Email, Guid? GroupId, string? GroupName)>(
            new CommandDefinition(SelectDonors, cancellationToken: cancellationToken));
        return [.. rows.GroupBy(r => (r.UserId, r.DisplayName, r.Email)).Select(d => new DonorView(
            d.Key.UserId,
            d.Key.DisplayName,
            d.Key.Email,
            [.. d.Where(r => r.GroupId is not null).Select(r => new GroupName(r.GroupId!.Value, r.GroupName!))]))];
    }

    private const string SelectGroups = """
        SELECT id AS Id,
               name AS Name
        FROM working_group
        ORDER BY name
        """;

    public async Task<IReadOnlyList<GroupName>> GroupsAsync(CancellationToken cancellationToken = default)
    {
        return [.. await database.QueryAsync<GroupName>(SelectGroups, cancellationToken: cancellationToken)];
    }

    // The role is checked here too: a portfolio left behind without the role shows nothing.
    private const string SelectPortfolioGroupIds = """
        SELECT p.working_group_id
        FROM donor_portfolio p
        JOIN user_role r ON r.user_id = p.user_id AND r.role = 'donor'
        JOIN working_group g ON g.id = p.working_group_id
        WHERE p.user_id = @userId
        ORDER BY g.name
        """;

    /// <summary>The figures of every group in <paramref name="userId"/>'s portfolio, by group name.</summary>
    public async Task<IReadOnlyList<GroupAggregates>> PortfolioAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<Guid>(new CommandDefinition(SelectPortfolioGroupIds, new { userId }, cancellationToken: cancellationToken));
        var result = new List<GroupAggregates>();
        foreach (var id in ids)
        {
            result.Add(await AggregatesAsync(connection, id, cancellationToken) ?? throw new InvalidOperationException("Group vanished while reading."));
        }

        return result;
    }

    public async Task<GroupAggregates?> AggregatesAsync(Guid groupId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await AggregatesAsync(connection, groupId, cancellationToken);
    }

    private const string SelectCounts = """
        SELECT g.name AS Name,
               (SELECT COUNT(*) FROM membership m WHERE m.working_group_id = g.id) AS Members,
               (SELECT COUNT(DISTINCT m.organisation_id) FROM membership m WHERE m.working_group_id = g.id) AS Organisations
        FROM working_group g
        WHERE g.id = @groupId
        """;

    private const string SelectPeopleByStakeholderType = """
        SELECT o.stakeholder_type AS StakeholderType,
               COUNT(*) AS People
        FROM membership m
        JOIN organisation o ON o.id = m.organisation_id
        WHERE m.working_group_id = @groupId
        GROUP BY o.stakeholder_type
        """;

    private static async Task<GroupAggregates?> AggregatesAsync(DbConnection connection, Guid groupId, CancellationToken cancellationToken)
    {
        var counts = await connection.QuerySingleOrDefaultAsync<(string Name, long Members, long Organisations)?>(
            new CommandDefinition(SelectCounts, new { groupId }, cancellationToken: cancellationToken));
        if (counts is not { } c)
        {
            return null;
        }

        var byType = await connection.QueryAsync<(string StakeholderType, long People)>(
            new CommandDefinition(SelectPeopleByStakeholderType, new { groupId }, cancellationToken: cancellationToken));
        var seats = Enum.GetValues<BalanceCategory>().ToDictionary(s => s, _ => 0);
        foreach (var row in byType)
        {
            if (BalanceCategories.Of(EnumText.Parse<StakeholderType>(row.StakeholderType)) is { } seat)
            {
                seats[seat] += (int)row.People;
            }
        }

        return new GroupAggregates(groupId, c.Name, (int)c.Members, (int)c.Organisations, seats);
    }
}
