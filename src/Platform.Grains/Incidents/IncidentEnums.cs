namespace Platform.Grains.Incidents;

/// <summary>What kind of problem an incident is (stored snake_case). The grievances are community grievances by subject.</summary>
[GenerateSerializer, Alias("rt.IncidentKind")]
public enum IncidentKind
{
    SecurityIncident,
    AbuseByPublicSecurity,
    AbuseByPrivateSecurity,
    UseOfForce,
    GenderBasedViolence,
    GrievanceLand,
    GrievanceWater,
    GrievanceEnvironment,
    GrievanceCompensation,
    GrievanceEmployment,
    Other,
}

/// <summary>Where an incident stands: received → assessed → referred → in remediation → closed.</summary>
[GenerateSerializer, Alias("rt.IncidentStatus")]
public enum IncidentStatus
{
    Received,
    Assessed,
    Referred,
    InRemediation,
    Closed,
}

/// <summary>How a closed incident ended; closing always gives a reason as well.</summary>
[GenerateSerializer, Alias("rt.IncidentClosure")]
public enum IncidentClosure
{
    Resolved,
    NotSubstantiated,
    Withdrawn,
}

/// <summary>How the report reached the group: a member, the public web form, or an access point entered by whoever received it.</summary>
[GenerateSerializer, Alias("rt.IncidentChannel")]
public enum IncidentChannel
{
    Member,
    WebForm,
    TipBox,
    CommunityOffice,
    Hotline,
    Sms,
    SecureEmail,
    MobileTeam,

    /// <summary>
    /// Never stored: what <see cref="IncidentAudience.Cut"/> shows below Details, where the channel would narrow down who
    /// reported ("a member", among a dozen at the table).
    /// </summary>
    Withheld,
}

/// <summary>How credible the facilitator judges a piece of evidence.</summary>
[GenerateSerializer, Alias("rt.EvidenceCredibility")]
public enum EvidenceCredibility
{
    NotJudged,
    Low,
    Medium,
    High,
}

/// <summary>The kinds of competent authority on a group's referral list.</summary>
[GenerateSerializer, Alias("rt.AuthorityKind")]
public enum AuthorityKind
{
    Prosecutor,
    Ombudsman,
    HumanRightsInstitution,
    Regulator,
    PoliceInspectorate,
    CompanyGrievanceMechanism,
    Other,
}

/// <summary>Whose identity a sealed identity row holds.</summary>
[GenerateSerializer, Alias("rt.IdentityRole")]
public enum IdentityRole
{
    Reporter,
    Affected,
    Witness,
}

public static class IncidentStatusExtensions
{
    public static bool IsOpen(this IncidentStatus status) => status != IncidentStatus.Closed;

    /// <summary>The channels a facilitator or case handler enters on someone else's behalf (paper, phone, office).</summary>
    public static bool IsAccessPoint(this IncidentChannel channel) => channel is not (IncidentChannel.Member or IncidentChannel.WebForm or IncidentChannel.Withheld);
}
