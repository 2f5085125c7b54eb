namespace Platform.Host.Tests.WorkingGroups;

/// <summary>Organisations by SQL (their pages belong to another slice) and groups through the real grain.</summary>
internal static class GroupTestData
{
    public static Task<Guid> OrganisationAsync(this PlatformFactory factory, string name, string type = "civil_society", string country = "CO") =>
        factory.Data.OrganisationAsync(name, type, country);

    public static IWorkingGroupGrain Group(this PlatformFactory factory, Guid id) =>
        factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IWorkingGroupGrain>(id);

    /// <summary>A group founded by <paramref name="facilitator"/>, acting for <paramref name="organisation"/>.</summary>
    public static async Task<Guid> GroupAsync(this PlatformFactory factory, User facilitator, Guid organisation, string name = "Mesa minera de Segovia")
    {
        var id = Guid.NewGuid();
        var details = new GroupDetails(name, GroupScope.Local, "CO", "Antioquia", "America/Bogota", MeetingCadence.Monthly, "", false, "");
        await factory.Group(id).CreateAsync(new CreateWorkingGroup(details, facilitator.Id, organisation));
        return id;
    }

    public static async Task<string?> RoleInAsync(this PlatformFactory factory, Guid groupId, string userId)
    {
        await using var connection = await factory.Services.GetRequiredService<Database>().OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<string>(
            "SELECT role || ':' || organisation_id FROM membership WHERE working_group_id = @groupId AND user_id = @userId",
            new { groupId = groupId.ToString("D"), userId });
    }
}
