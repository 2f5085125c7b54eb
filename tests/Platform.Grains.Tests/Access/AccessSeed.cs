namespace Platform.Grains.Tests.Access;

/// <summary>Seeds people, groups, memberships and portfolios with plain SQL, so access tests need no other slice's stores.</summary>
internal sealed class AccessSeed(Database database)
{
    private const string Now = "2026-01-01T00:00:00.0000000Z";

    private readonly TestData data = new(database, Now);

    public async Task<string> UserAsync(string name, string? platformRole = null)
    {
        var id = await data.UserAsync(name, $"{name}@example.org");
        if (platformRole is not null)
        {
            await RoleAsync(id, platformRole);
        }

        return id;
    }

    public Task RoleAsync(string userId, string role) => data.RoleAsync(userId, role);

    public Task RemoveRoleAsync(string userId, string role) => data.RemoveRoleAsync(userId, role);

    public Task<Guid> OrganisationAsync(string name, string stakeholderType = "civil_society") => data.OrganisationAsync(name, stakeholderType);

    public Task<Guid> GroupAsync(string name) => data.GroupAsync(name);

    public Task SeatAsync(Guid groupId, string userId, Guid organisationId, string role) => data.SeatAsync(groupId, userId, organisationId, role);

    public Task UnseatAsync(Guid groupId, string userId) => data.UnseatAsync(groupId, userId);

    public Task PortfolioAsync(string userId, Guid groupId) => data.PortfolioAsync(userId, groupId);
}
