namespace Platform.Grains.Organisations;

/// <summary>The kind of organisation at the table (domain.md). Stored as snake_case text, e.g. <c>asm_organisation</c>.</summary>
public enum StakeholderType
{
    LargeScaleMining,
    AsmOrganisation,
    Community,
    CivilSociety,
    NationalGovernment,
    LocalGovernment,
    PublicSecurityPolice,
    PublicSecurityMilitary,
    PrivateSecurity,
    OversightBody,
    InternationalPartner,
    Donor,
    StandardsBody,
    Academic,
}
