namespace Platform.Web.Access;

/// <summary>
/// Policies of the incident pages, decided by <see cref="Platform.Grains.Incidents.IncidentAudience"/> on the viewer read fresh
/// for the group in the route. Each page then cuts one incident to the viewer's sight of it (404 below SharedSummary).
/// </summary>
public static class IncidentPolicies
{
    /// <summary>The register: at least shared summaries (members, facilitators, case handlers).</summary>
    public const string SeeRegister = "incident.register";

    /// <summary>Record an incident: seated members and facilitators (not observers).</summary>
    public const string Report = "incident.report";

    /// <summary>The group's incident settings: its facilitators.</summary>
    public const string Settings = "incident.settings";
}
