namespace Platform.Web.Incidents;

/// <summary>The words for incident choices and refusals, in the reader's language (resources <c>Incident*.&lt;Name&gt;</c>).</summary>
public static class IncidentWords
{
    public static string Kind(IStringLocalizer<Text> t, IncidentKind kind) => t[$"IncidentKind.{kind}"];

    public static string Status(IStringLocalizer<Text> t, IncidentStatus status) => t[$"IncidentStatus.{status}"];

    public static string Step(IStringLocalizer<Text> t, IncidentStepStatus status) => t[$"IncidentStep.{status}"];

    public static string Closure(IStringLocalizer<Text> t, IncidentClosure closure) => t[$"IncidentClosure.{closure}"];

    public static string Channel(IStringLocalizer<Text> t, IncidentChannel channel) => t[$"IncidentChannel.{channel}"];

    public static string Credibility(IStringLocalizer<Text> t, EvidenceCredibility credibility) => t[$"EvidenceCredibility.{credibility}"];

    public static string Authority(IStringLocalizer<Text> t, AuthorityKind kind) => t[$"AuthorityKind.{kind}"];

    public static string Role(IStringLocalizer<Text> t, IdentityRole role) => t[$"IdentityRole.{role}"];

    public static string Stakeholder(IStringLocalizer<Text> t, StakeholderType type) => t[$"Stakeholder.{type}"];

    /// <summary>A severity scale's level with its guidance ("2 — medium: …"), <paramref name="scale"/> being Scale, Scope or Irremediability.</summary>
    public static string Level(IStringLocalizer<Text> t, string scale, int level) => t[$"Severity.{scale}.{level}"];

    public static string Band(IStringLocalizer<Text> t, int band) => t[$"Severity.Band.{band}"];


    /// <summary>The access points a handler may enter a report for (paper, phone, office, team).</summary>
    public static IReadOnlyList<IncidentChannel> AccessPoints { get; } = [.. Enum.GetValues<IncidentChannel>().Where(c => c.IsAccessPoint())];
}
