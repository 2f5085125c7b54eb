namespace Platform.Grains.WorkingGroups;

/// <summary>
/// Why a working-group command was refused (<see cref="RuleException{TCode}"/>); forms check some of the same rules before they send.
/// Each code has its words under <c>GroupRule.&lt;Code&gt;</c> in every language. New codes go at the end: hosts of a cluster
/// being upgraded exchange them by number.
/// </summary>
[GenerateSerializer, Alias("rt.GroupRule")]
public enum GroupRule
{
    AlreadyExists,
    AlreadyMember,
    CadenceInvalid,
    Conflict,
    CountryInvalid,
    DonorCannotSit,
    GroupNotFound,
    HasAccount,
    LastFacilitator,
    NameRequired,
    NameTooLong,
    NotMember,
    OrganisationUnknown,
    PersonUnknown,
    RegionTooLong,
    RoleInvalid,
    ScopeInvalid,
    StatusInvalid,
    TextTooLong,
    TimeZoneUnknown,
}
