using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Platform.Grains.Organisations;
using Platform.Grains.Storage;

namespace Platform.Host.Tests.Organisations;

/// <summary>
/// Rows these tests need from other slices: working groups, seats and donor portfolios are written with SQL here,
/// because the working-group grain that owns them is built separately.
/// </summary>
internal static class GroupSeats
{
    public static async Task<Guid> OrganisationAsync(PlatformFactory factory, string name, StakeholderType type = StakeholderType.CivilSociety, string country = "CO")
    {
        var result = await factory.Services.GetRequiredService<OrganisationStore>().CreateAsync(new(name, type, country, null, null), actor: null);
        Assert.Equal(OrganisationSaveStatus.Saved, result.Status);
        return result.OrganisationId;
    }

    public static async Task<Guid> GroupAsync(PlatformFactory factory, string name)
    {
        var id = Guid.NewGuid();
        await ExecuteAsync(factory, """
            INSERT INTO working_group (id, name, scope, country, time_zone, cadence, version, created_at)
            VALUES (@id, @name, 'local', 'CO', 'America/Bogota', 'monthly', 1, '2026-11-22T12:00:00.0000000Z')
            """, new { id = id.ToString(), name });
        return id;
    }

    public static Task SeatAsync(PlatformFactory factory, Guid group, User user, Guid organisation, string role) =>
        ExecuteAsync(factory, """
            INSERT INTO membership (working_group_id, user_id, organisation_id, role, joined_at)
            VALUES (@group, @user, @organisation, @role, '2026-11-22T12:00:00.0000000Z')
            """, new { group = group.ToString(), user = user.Id, organisation = organisation.ToString(), role });

    public static Task PortfolioAsync(PlatformFactory factory, User donor, Guid group) =>
        ExecuteAsync(factory, """
            INSERT INTO donor_portfolio (user_id, working_group_id, added_at)
            VALUES (@user, @group, '2026-11-22T12:00:00.0000000Z')
            """, new { user = donor.Id, group = group.ToString() });

    private static async Task ExecuteAsync(PlatformFactory factory, string sql, object parameters)
    {
        await using var connection = await factory.Services.GetRequiredService<Database>().OpenAsync();
        await connection.ExecuteAsync(sql, parameters);
    }
}
