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

    public static Task<Guid> GroupAsync(PlatformFactory factory, string name) => factory.Data.GroupAsync(name);

    public static Task SeatAsync(PlatformFactory factory, Guid group, User user, Guid organisation, string role) =>
        factory.Data.SeatAsync(group, user.Id, organisation, role);

    public static Task PortfolioAsync(PlatformFactory factory, User donor, Guid group) => factory.Data.PortfolioAsync(donor.Id, group);
}
