using System.Security.Claims;
using Platform.Grains.Access;
using Platform.Web.Access;

namespace Platform.Host.Access;

/// <summary>Registers the access policies: every group page, fragment, form post and endpoint asks <see cref="GroupAccess"/>.</summary>
internal static class AccessExtensions
{
    public static WebApplicationBuilder AddPlatformAccess(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<GroupAccess>();
        builder.Services.AddScoped<IAuthorizationHandler, GroupAccessHandler>();
        builder.Services.AddScoped<IAuthorizationHandler, PlatformAccessHandler>();
        builder.Services.AddScoped<IAuthorizationHandler, OrganisationAccessHandler>();
        var authorization = builder.Services.AddAuthorizationBuilder();
        foreach (var (name, action) in AccessPolicies.GroupActions)
        {
            authorization.AddPolicy(name, policy => policy.RequireAuthenticatedUser().AddRequirements(new GroupRequirement(action)));
        }

        authorization.AddPolicy(AccessPolicies.SetUpForums, p => p.RequireAuthenticatedUser().AddRequirements(new PlatformRequirement(s => s.CanSetUpForums)));
        authorization.AddPolicy(AccessPolicies.EditOrganisation, p => p.RequireAuthenticatedUser().AddRequirements(new OrganisationEditRequirement()));
        authorization.AddPolicy(AccessPolicies.Administer, p => p.RequireAuthenticatedUser().AddRequirements(new PlatformRequirement(s => s.IsAdministrator)));
        authorization.AddPolicy(AccessPolicies.Donor, p => p.RequireAuthenticatedUser().AddRequirements(new PlatformRequirement(s => s.IsDonor)));
        return builder;
    }
}

/// <summary>Allowed when the signed-in person may do <see cref="Action"/> on the group named in the route.</summary>
internal sealed record GroupRequirement(GroupAction Action) : IAuthorizationRequirement;

/// <summary>Allowed when the person's platform standing, read from the database, satisfies <see cref="Allows"/>.</summary>
internal sealed record PlatformRequirement(Func<PlatformStanding, bool> Allows) : IAuthorizationRequirement;

internal sealed class GroupAccessHandler(GroupAccess access) : AuthorizationHandler<GroupRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, GroupRequirement requirement)
    {
        // With endpoint routing the resource is the HttpContext; the group comes from the route, never from a form field,
        // and every id the route names inside the group (a meeting, an item) must be that group's.
        if (context.Resource is HttpContext http
            && http.GetRouteValue(AccessPolicies.GroupRouteValue) is { } value
            && Guid.TryParse(value.ToString(), out var groupId)
            && InsideIds(http) is { } inside
            && await access.CanAsync(context.User.UserId(), groupId, requirement.Action, inside, http.RequestAborted))
        {
            context.Succeed(requirement);
        }
    }

    /// <summary>The route's ids of things inside a group, by route value; null when one is not an id at all.</summary>
    private static Dictionary<string, Guid>? InsideIds(HttpContext http)
    {
        var inside = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var name in RouteOwnership.RouteValues)
        {
            if (http.GetRouteValue(name) is { } id)
            {
                if (!Guid.TryParse(id.ToString(), out var parsed))
                {
                    return null;
                }

                inside[name] = parsed;
            }
        }

        return inside;
    }
}

internal sealed class PlatformAccessHandler(GroupAccess access) : AuthorizationHandler<PlatformRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PlatformRequirement requirement)
    {
        var cancellation = (context.Resource as HttpContext)?.RequestAborted ?? CancellationToken.None;
        if (requirement.Allows(await access.PlatformStandingAsync(context.User.UserId(), cancellation)))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>Allowed when the signed-in person may edit the organisation named in the route.</summary>
internal sealed record OrganisationEditRequirement : IAuthorizationRequirement;

internal sealed class OrganisationAccessHandler(GroupAccess access) : AuthorizationHandler<OrganisationEditRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OrganisationEditRequirement requirement)
    {
        if (context.Resource is HttpContext http
            && http.GetRouteValue(AccessPolicies.OrganisationRouteValue) is { } value
            && Guid.TryParse(value.ToString(), out var organisationId)
            && await access.CanEditOrganisationAsync(context.User.UserId(), organisationId, http.RequestAborted))
        {
            context.Succeed(requirement);
        }
    }
}
