using Platform.Grains.WorkingGroups;

namespace Platform.Host.WorkingGroups;

internal static class WorkingGroupExtensions
{
    /// <summary>The working-group grain, its store, group invitations and the queries behind group pages and "my groups".</summary>
    public static WebApplicationBuilder AddWorkingGroups(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<WorkingGroupStore>();
        builder.Services.AddSingleton<WorkingGroupQueries>();
        builder.Services.AddSingleton<GroupInvitationStore>();
        return builder;
    }
}
