namespace Platform.Grains.ActionItems;

/// <summary>Who is told that an action item became theirs: the person named owner, and the people of the owning organisation seated in the group.</summary>
public sealed class ActionOwnerQueries(Database database)
{
    private const string SelectPerson = """
        SELECT u.id AS UserId,
               u.preferred_language AS PreferredLanguage
        FROM membership s
        JOIN user_account u ON u.id = s.user_id
        WHERE s.working_group_id = @groupId
          AND s.user_id = @userId
        """;

    /// <summary>The person, while they still sit in the group; none otherwise.</summary>
    public async Task<IReadOnlyList<OwnerToTell>> PersonAsync(Guid groupId, string userId, CancellationToken cancellationToken = default)
    {
        return [.. await database.QueryAsync<OwnerToTell>(SelectPerson, new { groupId, userId }, cancellationToken)];
    }

    private const string SelectOrganisationSeats = """
        SELECT u.id AS UserId,
               u.preferred_language AS PreferredLanguage
        FROM membership s
        JOIN user_account u ON u.id = s.user_id
        WHERE s.working_group_id = @groupId
          AND s.organisation_id = @organisationId
        ORDER BY u.id
        """;

    /// <summary>Everyone seated in the group for the organisation.</summary>
    public async Task<IReadOnlyList<OwnerToTell>> OrganisationAsync(Guid groupId, Guid organisationId, CancellationToken cancellationToken = default)
    {
        return [.. await database.QueryAsync<OwnerToTell>(SelectOrganisationSeats, new { groupId, organisationId }, cancellationToken)];
    }

    private const string SelectOrganisationName = """
        SELECT name
        FROM organisation
        WHERE id = @organisationId
        """;

    public async Task<string?> OrganisationNameAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        return await database.QuerySingleOrDefaultAsync<string>(SelectOrganisationName, new { organisationId }, cancellationToken);
    }
}

/// <summary>One person to tell, with the language their notice is written in.</summary>
public sealed record OwnerToTell(string UserId, string? PreferredLanguage);
