namespace Platform.Grains.Organisations;

/// <summary>Reads for the organisation pages and forms.</summary>
public sealed class OrganisationQueries(Database database)
{
    public const int DefaultPageSize = 25;

    private const string SelectPage = """
        SELECT id AS Id,
               name AS Name,
               stakeholder_type AS Type,
               country AS Country
        FROM organisation
        WHERE (@Country IS NULL OR country = @Country)
          AND (@Type IS NULL OR stakeholder_type = @Type)
        ORDER BY normalized_name, country
        LIMIT @Limit OFFSET @Offset;

        SELECT COUNT(*)
        FROM organisation
        WHERE (@Country IS NULL OR country = @Country)
          AND (@Type IS NULL OR stakeholder_type = @Type);
        """;

    /// <summary>The organisations matching <paramref name="filter"/>, by name; a page past the end is empty.</summary>
    public async Task<OrganisationPage> ListAsync(OrganisationFilter filter, int page = 1, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 200);
        await using var connection = await database.OpenAsync(cancellationToken);
        var parameters = new
        {
            filter.Country,
            Type = filter.Type is { } type ? EnumText.ToText(type) : null,
            Limit = pageSize,
            Offset = (long)(page - 1) * pageSize,
        };
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(SelectPage, parameters, cancellationToken: cancellationToken));
        var rows = await results.ReadAsync<(Guid Id, string Name, string Type, string Country)>();
        var total = await results.ReadSingleAsync<int>();
        return new([.. rows.Select(r => new OrganisationListItem(r.Id, r.Name, EnumText.Parse<StakeholderType>(r.Type), r.Country))], total, page, pageSize);
    }

    private const string SelectCountries = """
        SELECT DISTINCT country
        FROM organisation
        ORDER BY country
        """;

    /// <summary>The countries that have at least one organisation: the list filter offers only these.</summary>
    public async Task<IReadOnlyList<string>> CountriesAsync(CancellationToken cancellationToken = default)
    {
        return [.. await database.QueryAsync<string>(SelectCountries, cancellationToken: cancellationToken)];
    }

    private const string SelectOne = """
        SELECT id AS Id,
               name AS Name,
               stakeholder_type AS Type,
               country AS Country,
               description AS Description,
               website AS Website,
               created_at AS CreatedAt,
               version AS Version
        FROM organisation
        WHERE id = @Id;

        SELECT DISTINCT g.id AS Id,
               g.name AS Name
        FROM membership m
        JOIN working_group g ON g.id = m.working_group_id
        WHERE m.organisation_id = @Id
        ORDER BY g.name;
        """;

    /// <summary>The organisation and the groups it sits in, or null when there is none with this id.</summary>
    public async Task<OrganisationDetail?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(SelectOne, new { Id = id }, cancellationToken: cancellationToken));
        var row = await results.ReadSingleOrDefaultAsync<(Guid Id, string Name, string Type, string Country, string? Description, string? Website, DateTimeOffset CreatedAt, long Version)?>();
        var groups = await results.ReadAsync<OrganisationGroup>();
        return row is not { } r
            ? null
            : new(
                new Organisation(r.Id, r.Name, EnumText.Parse<StakeholderType>(r.Type), r.Country, r.Description, r.Website, r.CreatedAt, r.Version),
                [.. groups]);
    }

    private const string SelectPeople = """
        SELECT u.id AS UserId,
               u.display_name AS DisplayName,
               m.role AS Role,
               g.id AS GroupId,
               g.name AS GroupName
        FROM membership m
        JOIN user_account u ON u.id = m.user_id
        JOIN working_group g ON g.id = m.working_group_id
        WHERE m.organisation_id = @Id
          AND (@Everyone
               OR EXISTS (
                   SELECT 1
                   FROM membership viewer
                   WHERE viewer.user_id = @ViewerId
                     AND viewer.working_group_id = m.working_group_id))
        ORDER BY u.display_name, g.name
        """;

    /// <summary>
    /// The people acting for the organisation, one row per group, only in groups <paramref name="viewerId"/> sits in
    /// (every group when <paramref name="everyone"/>, for administrators). Callers must not show this to donors.
    /// </summary>
    public async Task<IReadOnlyList<OrganisationPerson>> PeopleAsync(Guid id, string viewerId, bool everyone, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string UserId, string DisplayName, string Role, Guid GroupId, string GroupName)>(
            new CommandDefinition(SelectPeople, new { Id = id, ViewerId = viewerId, Everyone = everyone }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new OrganisationPerson(r.UserId, r.DisplayName, EnumText.Parse<GroupRole>(r.Role), r.GroupId, r.GroupName))];
    }

    private const string SelectSitsWith = """
        SELECT EXISTS (
            SELECT 1
            FROM membership viewer
            JOIN membership seat ON seat.working_group_id = viewer.working_group_id
            WHERE viewer.user_id = @UserId
              AND seat.organisation_id = @Id)
        """;

    /// <summary>Whether <paramref name="userId"/> belongs to at least one group the organisation sits in.</summary>
    public async Task<bool> SitsWithAsync(Guid id, string userId, CancellationToken cancellationToken = default)
    {
        return await database.ExecuteScalarAsync<bool>(SelectSitsWith, new { Id = id, UserId = userId }, cancellationToken);
    }

    private const string SelectByName = """
        SELECT id
        FROM organisation
        WHERE normalized_name = @NormalizedName
          AND country = @Country
        """;

    /// <summary>The organisation named <paramref name="name"/> (any case, surrounding spaces ignored) in <paramref name="country"/>.</summary>
    public async Task<Guid?> FindByNameAsync(string name, string country, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return await database.QuerySingleOrDefaultAsync<Guid?>(SelectByName, new { NormalizedName = OrganisationRules.NormalizeName(name), Country = country }, cancellationToken);
    }
}
