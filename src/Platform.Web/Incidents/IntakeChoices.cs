namespace Platform.Web.Incidents;

/// <summary>The choices the public form offers, in the order it shows them.</summary>
public static class IntakeChoices
{
    public static readonly IReadOnlyList<IncidentKind> Kinds = Enum.GetValues<IncidentKind>();

    /// <summary>Who may have been involved, in words a reporter uses (the register keeps the stakeholder type).</summary>
    public static readonly IReadOnlyList<StakeholderType> Involved =
    [
        StakeholderType.PublicSecurityPolice,
        StakeholderType.PublicSecurityMilitary,
        StakeholderType.PrivateSecurity,
        StakeholderType.LargeScaleMining,
        StakeholderType.AsmOrganisation,
        StakeholderType.LocalGovernment,
        StakeholderType.NationalGovernment,
        StakeholderType.Community,
    ];

    public static readonly IReadOnlyList<string> AffectedFields = ["Women", "Men", "Girls", "Boys", "Unknown"];
}
