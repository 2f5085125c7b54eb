namespace Platform.Grains.Organisations;

/// <summary>
/// The seats a security and human-rights group should fill. Several stakeholder types fill one seat:
/// national or local government is "government"; police or military is "public security".
/// </summary>
public enum BalanceCategory
{
    Company,
    Asm,
    Community,
    CivilSociety,
    Government,
    PublicSecurity,
    PrivateSecurity,
}

public static class BalanceCategories
{
    /// <summary>The seat a stakeholder type fills, or null for types outside the core balance (donors, academics…).</summary>
    public static BalanceCategory? Of(StakeholderType type) => type switch
    {
        StakeholderType.LargeScaleMining => BalanceCategory.Company,
        StakeholderType.AsmOrganisation => BalanceCategory.Asm,
        StakeholderType.Community => BalanceCategory.Community,
        StakeholderType.CivilSociety => BalanceCategory.CivilSociety,
        StakeholderType.NationalGovernment or StakeholderType.LocalGovernment => BalanceCategory.Government,
        StakeholderType.PublicSecurityPolice or StakeholderType.PublicSecurityMilitary => BalanceCategory.PublicSecurity,
        StakeholderType.PrivateSecurity => BalanceCategory.PrivateSecurity,
        _ => null,
    };
}
