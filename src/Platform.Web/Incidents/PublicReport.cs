using NodaTime;
using Platform.Grains.Incidents;
using Platform.Grains.Organisations;

namespace Platform.Web.Incidents;

/// <summary>What a person reported through the public form, checked; nothing about them but what they chose to give.</summary>
/// <param name="Identity">Name and how to reach them, only when they chose to give it (sealed, shown only to the case handlers).</param>
public sealed record PublicReport(
    IncidentKind Kind,
    string Narrative,
    string? Place,
    LocalDate? From,
    LocalDate? To,
    IReadOnlyList<StakeholderType> Involved,
    AffectedCounts Affected,
    NewIdentity? Identity);

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
