namespace Platform.Web.Incidents;

/// <summary>
/// The report form as typed (text, so a wrong value comes back exactly as it was typed). The same fields serve a member
/// reporting for themselves and a handler entering what an access point received (<see cref="Channel"/>, <see cref="ReceivedOn"/>).
/// </summary>
public sealed class ReportInput : PartiesInput
{
    public string? Channel { get; set; }

    public string? ReceivedOn { get; set; }

    public string? Kind { get; set; }

    public string? Narrative { get; set; }

    public string? Place { get; set; }

    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    public string? OccurredFrom { get; set; }

    public string? OccurredTo { get; set; }

    public string? ReporterName { get; set; }

    public string? ReporterContact { get; set; }
}

/// <summary>A workflow form: the version the page showed, and whatever the step asks for.</summary>
public sealed class StepInput : PartiesInput
{
    public long Version { get; set; }

    /// <summary>Set by the assess form when it carries the alleged parties and counts (only shown to those who see the case's people).</summary>
    public string? Parties { get; set; }

    /// <summary>Whether the post carries alleged parties (the form's marker, or any ticked, forged or not).</summary>
    public bool CarriesAlleged => Parties is not null || AllegedOrganisations.Count > 0 || AllegedTypes.Count > 0;

    /// <summary>Whether the post carries counts of people affected (the form's marker, or any count, forged or not).</summary>
    public bool CarriesCounts => Parties is not null || new[] { Women, Men, Girls, Boys, Unknown }.Any(v => v is not null);

    public string? Scale { get; set; }

    public string? Scope { get; set; }

    public string? Irremediability { get; set; }

    public string? Kind { get; set; }

    public string? Summary { get; set; }

    public string? AuthorityId { get; set; }

    public string? ReferredOn { get; set; }

    public string? Reference { get; set; }

    public string? FollowUpDays { get; set; }

    public string? ReferralId { get; set; }

    public string? AnsweredOn { get; set; }

    public string? Note { get; set; }

    public string? Closure { get; set; }

    public string? Reason { get; set; }

    public string? Body { get; set; }

    public string? Link { get; set; }

    public string? EvidenceId { get; set; }

    public string? Credibility { get; set; }

    public string? Role { get; set; }

    public string? Name { get; set; }

    public string? Contact { get; set; }
}

/// <summary>The group's incident settings forms as typed.</summary>
public sealed class IncidentSettingsInput
{
    public long Version { get; set; }

    public bool IntakeOpen { get; set; }

    public string? RetentionDays { get; set; }

    public string? FollowUpDays { get; set; }

    public string? AuthorityId { get; set; }

    public string? Name { get; set; }

    public string? Kind { get; set; }

    public string? UserId { get; set; }
}

/// <summary>Who is alleged to be involved and how many people were affected, as typed: shared by the report and the assess forms.</summary>
public abstract class PartiesInput
{
    // The form binder sets a list nobody ticked to null; an empty list reads the same and never fails.
    private List<string> allegedOrganisations = [];
    private List<string> allegedTypes = [];

    /// <summary>Organisations at the table alleged to be involved (their ids).</summary>
    public List<string> AllegedOrganisations { get => allegedOrganisations; set => allegedOrganisations = value ?? []; }

    /// <summary>Others alleged to be involved, by stakeholder type (stored text, e.g. <c>private_security</c>).</summary>
    public List<string> AllegedTypes { get => allegedTypes; set => allegedTypes = value ?? []; }

    public string? Women { get; set; }

    public string? Men { get; set; }

    public string? Girls { get; set; }

    public string? Boys { get; set; }

    public string? Unknown { get; set; }
}
