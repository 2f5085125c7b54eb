using Microsoft.AspNetCore.Authorization;
using Platform.Grains.Incidents;
using Platform.Grains.WorkingGroups;
using Platform.Web.Access;

namespace Platform.Host.Extensions;

/// <summary>The incident pages' policies: each asks <see cref="IncidentAudience"/> about the viewer of the group in the route.</summary>
internal static class IncidentEndpoints
{
    /// <summary>
    /// One evidence file, as a download. The register policy lets the viewer in; the grain then asks for
    /// <see cref="IncidentSight.Details"/> of this incident (so never to a member, donor, or police or alleged organisation's
    /// member) and journals the opening. Anyone else, another group's incident or a link gets the same 404. Served as an
    /// attachment with the type read from its bytes when it was added, never sniffed, run or framed by the browser.
    /// </summary>
    public static IEndpointRouteBuilder MapIncidentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/groups/{groupId:guid}/incidents/{incidentId:guid}/evidence/{evidenceId:guid}", EvidenceFileAsync)
            .WithName("IncidentEvidenceFile")
            .RequireAuthorization(IncidentPolicies.SeeRegister);
        return app;
    }

    private static async Task<IResult> EvidenceFileAsync(Guid groupId, Guid incidentId, Guid evidenceId, HttpContext http, IGrainFactory grains)
    {
        var grain = grains.GetGrain<IIncidentGrain>(incidentId);
        if (AccessExtensions.UserId(http.User) is not { } viewer || await grain.GetAsync() is not { } incident || incident.GroupId != groupId)
        {
            return Results.NotFound();
        }

        EvidenceFile file;
        try
        {
            file = await grain.OpenEvidenceFileAsync(new OpenEvidenceFile(evidenceId, viewer));
        }
        catch (IncidentRuleException)
        {
            return Results.NotFound();
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return Results.File(file.Content, file.Type, file.Name);
    }

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
            && requirement.Allows(await queries.ViewerAsync(AccessExtensions.UserId(context.User), groupId, http.RequestAborted)))
        {
            context.Succeed(requirement);
        }
    }
}
