namespace Platform.Web.Incidents;

/// <summary>Incident downloads outside the pages.</summary>
public static class IncidentEndpoints
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
        if (http.User.UserId() is not { } viewer || await grain.GetAsync() is not { } incident || incident.GroupId != groupId)
        {
            return Results.NotFound();
        }

        EvidenceFile file;
        try
        {
            file = await grain.OpenEvidenceFileAsync(new OpenEvidenceFile(evidenceId, viewer));
        }
        catch (RuleException<IncidentRule>)
        {
            return Results.NotFound();
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return Results.File(file.Content, file.Type, file.Name);
    }
}
