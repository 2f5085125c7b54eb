using Platform.Grains.Storage;

namespace Platform.Grains.Tests.Access;

/// <summary>Seeds people, groups, memberships and portfolios with plain SQL, so access tests need no other slice's stores.</summary>
internal sealed class AccessSeed(Database database)
{
    private const string Now = "2026-01-01T00:00:00.0000000Z";

    private const string InsertUser = """
        INSERT INTO user_account (id, email, normalized_email, display_name, security_stamp, concurrency_stamp, created_at)
        VALUES (@id, @email, @normalized, @name, 'stamp', 'stamp', @now)
        """;

    public async Task<string> UserAsync(string name, string? platformRole = null)
    {
        var id = Guid.NewGuid().ToString();
        var email = $"{name}@example.org";
        await ExecuteAsync(InsertUser, new { id, email, normalized = email.ToUpperInvariant(), name, now = Now });
        if (platformRole is not null)
        {
            await RoleAsync(id, platformRole);
        }

        return id;
    }

    public Task RoleAsync(string userId, string role) =>
        ExecuteAsync("INSERT INTO user_role (user_id, role) VALUES (@userId, @role)", new { userId, role });

    public Task RemoveRoleAsync(string userId, string role) =>
        ExecuteAsync("DELETE FROM user_role WHERE user_id = @userId AND role = @role", new { userId, role });

    private const string InsertOrganisation = """
        INSERT INTO organisation (id, name, normalized_name, stakeholder_type, country, created_at)
        VALUES (@id, @name, @normalized, @type, 'CO', @now)
        """;

    public async Task<Guid> OrganisationAsync(string name, string stakeholderType = "civil_society")
    {
        var id = Guid.NewGuid();
        await ExecuteAsync(InsertOrganisation, new { id = id.ToString(), name, normalized = name.ToUpperInvariant(), type = stakeholderType, now = Now });
        return id;
    }

    private const string InsertGroup = """
        INSERT INTO working_group (id, name, scope, country, time_zone, cadence, version, created_at)
        VALUES (@id, @name, 'local', 'CO', 'America/Bogota', 'monthly', 1, @now)
        """;

    public async Task<Guid> GroupAsync(string name)
    {
        var id = Guid.NewGuid();
        await ExecuteAsync(InsertGroup, new { id = id.ToString(), name, now = Now });
        return id;
    }

    private const string InsertMembership = """
        INSERT INTO membership (working_group_id, user_id, organisation_id, role, joined_at)
        VALUES (@groupId, @userId, @organisationId, @role, @now)
        """;

    public Task SeatAsync(Guid groupId, string userId, Guid organisationId, string role) =>
        ExecuteAsync(InsertMembership, new { groupId = groupId.ToString(), userId, organisationId = organisationId.ToString(), role, now = Now });

    public Task UnseatAsync(Guid groupId, string userId) =>
        ExecuteAsync("DELETE FROM membership WHERE working_group_id = @groupId AND user_id = @userId", new { groupId = groupId.ToString(), userId });

    public Task PortfolioAsync(string userId, Guid groupId) =>
        ExecuteAsync(
            "INSERT INTO donor_portfolio (user_id, working_group_id, added_at) VALUES (@userId, @groupId, @now)",
            new { userId, groupId = groupId.ToString(), now = Now });

    private async Task ExecuteAsync(string sql, object parameters)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(sql, parameters);
    }
}
