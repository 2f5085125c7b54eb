using Platform.Grains.Organisations;

namespace Platform.Host.Organisations;

internal static class OrganisationExtensions
{
    /// <summary>The organisation store (writes with their journal entry) and queries. Needs <c>AddPlatformGrains</c> for the journal.</summary>
    public static WebApplicationBuilder AddOrganisations(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OrganisationStore>();
        builder.Services.AddSingleton<OrganisationQueries>();
        return builder;
    }
}
