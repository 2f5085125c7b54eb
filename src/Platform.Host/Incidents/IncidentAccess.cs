using Platform.Web.Access;

namespace Platform.Host.Incidents;

/// <summary>The incident policies: who may see a group's register, report to it, and change its incident settings.</summary>
internal static class IncidentAccess
{
    public static WebApplicationBuilder AddIncidentAccess(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IAuthorizationHandler, IncidentAccessHandler>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(IncidentPolicies.SeeRegister, p => p.RequireAuthenticatedUser().AddRequirements(
                new IncidentRequirement(v => IncidentAudience.RegisterSightOf(v) >= IncidentSight.SharedSummary)))
            .AddPolicy(IncidentPolicies.Report, p => p.RequireAuthenticatedUser().AddRequirements(
                new IncidentRequirement(v => v.GroupExists && v.Role is GroupRole.Member or GroupRole.Facilitator)))
            .AddPolicy(IncidentPolicies.Settings, p => p.RequireAuthenticatedUser().AddRequirements(
                new IncidentRequirement(v => v.GroupExists && v.Role is GroupRole.Facilitator)));
        return builder;
    }
}

/// <summary>Allowed when the viewer of the group named in the route satisfies <see cref="Allows"/>.</summary>
internal sealed record IncidentRequirement(Func<IncidentViewer, bool> Allows) : IAuthorizationRequirement;

internal sealed class IncidentAccessHandler(IncidentQueries queries) : AuthorizationHandler<IncidentRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, IncidentRequirement requirement)
    {
        if (context.Resource is HttpContext http
            && http.GetRouteValue(AccessPolicies.GroupRouteValue) is { } value
            && Guid.TryParse(value.ToString(), out var groupId)
            && requirement.Allows(await queries.ViewerAsync(context.User.UserId(), groupId, http.RequestAborted)))
        {
            context.Succeed(requirement);
        }
    }
}
