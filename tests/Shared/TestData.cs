using Dapper;
using Platform.Grains.Organisations;
using Platform.Grains.Storage;

namespace Platform.Tests;

/// <summary>
/// The rows most tests need before the behaviour under test: people, platform roles, organisations, working groups,
/// seats and donors' portfolios, written with plain SQL so a test needs no other slice's grains. The one place test
/// code inserts into these tables, so a column change touches this file only. Linked into every test project.
/// </summary>
/// <param name="createdAt">The stored creation time of every row written (figures by month read it).</param>
public sealed class TestData(Database database, string createdAt = TestData.DefaultCreatedAt)
{
    public const string DefaultCreatedAt = "2026-11-22T12:00:00.0000000Z";

    private const string InsertUser = """
        INSERT INTO user_account (id, email, normalized_email, display_name, security_stamp, concurrency_stamp, preferred_language, time_zone, gender, created_at)
        VALUES (@id, @email, @normalized, @name, 'stamp', 'stamp', @language, @zone, @gender, @now)
        """;

    /// <summary>A person who cannot sign in (no password); <paramref name="email"/> defaults to one made unique by the id.</summary>
    public async Task<string> UserAsync(string name, string? email = null, string zone = "UTC", string language = "en", string gender = "prefer_not_to_say")
    {
        var id = Guid.NewGuid().ToString();
        email ??= $"{id}@example.org";
        await ExecuteAsync(InsertUser, new { id, email, normalized = email.ToUpperInvariant(), name, language, zone, gender, now = createdAt });
        return id;
    }

    /// <summary>Gives <paramref name="userId"/> a platform role; a role they already hold stays as it is.</summary>
    public Task RoleAsync(string userId, string role) =>
        ExecuteAsync("INSERT INTO user_role (user_id, role) VALUES (@userId, @role) ON CONFLICT DO NOTHING", new { userId, role });

    public Task RemoveRoleAsync(string userId, string role) =>
        ExecuteAsync("DELETE FROM user_role WHERE user_id = @userId AND role = @role", new { userId, role });

    private const string InsertOrganisation = """
        INSERT INTO organisation (id, name, normalized_name, stakeholder_type, country, created_at)
        VALUES (@id, @name, @normalized, @type, @country, @now)
        """;

    public async Task<Guid> OrganisationAsync(string name, string type = "civil_society", string country = "CO", Guid? id = null)
    {
        var organisation = id ?? Guid.NewGuid();
        await ExecuteAsync(InsertOrganisation, new
        {
            id = organisation.ToString(), name, normalized = OrganisationRules.NormalizeName(name), type, country, now = createdAt,
        });
        return organisation;
    }

    private const string InsertGroup = """
        INSERT INTO working_group (id, name, scope, country, time_zone, cadence, version, created_at)
        VALUES (@id, @name, @scope, @country, @zone, @cadence, 1, @now)
        """;

    public async Task<Guid> GroupAsync(
        string name, string zone = "America/Bogota", string scope = "local", string country = "CO", string cadence = "monthly", Guid? id = null)
    {
        var group = id ?? Guid.NewGuid();
        await ExecuteAsync(InsertGroup, new { id = group.ToString(), name, scope, country, zone, cadence, now = createdAt });
        return group;
    }

    private const string InsertSeat = """
        INSERT INTO membership (working_group_id, user_id, organisation_id, role, joined_at)
        VALUES (@group, @userId, @organisation, @role, @now)
        """;

    /// <summary>Seats <paramref name="userId"/> in <paramref name="group"/> for <paramref name="organisation"/>; role as stored ("member", "facilitator", ...).</summary>
    public Task SeatAsync(Guid group, string userId, Guid organisation, string role = "member") =>
        ExecuteAsync(InsertSeat, new { group = group.ToString(), userId, organisation = organisation.ToString(), role, now = createdAt });

    public Task UnseatAsync(Guid group, string userId) =>
        ExecuteAsync("DELETE FROM membership WHERE working_group_id = @group AND user_id = @userId", new { group = group.ToString(), userId });

    /// <summary>Puts <paramref name="group"/> in a donor's portfolio (the donor role is given separately, <see cref="RoleAsync"/>).</summary>
    public Task PortfolioAsync(string userId, Guid group) =>
        ExecuteAsync(
            "INSERT INTO donor_portfolio (user_id, working_group_id, added_at) VALUES (@userId, @group, @now)",
            new { userId, group = group.ToString(), now = createdAt });

    /// <summary>Runs a statement of the test's own (rows of a kind this builder does not write yet, or a change to them).</summary>
    public async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(sql, parameters);
    }

    /// <summary>Reads one value back, e.g. a count of rows.</summary>
    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }
}
