namespace Platform.Grains.ActionItems;

/// <summary>
/// Why an action item command was refused (<see cref="RuleException{TCode}"/>); forms check some of the same rules before they send.
/// Each code has its words under <c>ActionItemRule.&lt;Code&gt;</c> in every language. New codes go at the end: hosts of a cluster
/// being upgraded exchange them by number.
/// </summary>
[GenerateSerializer, Alias("rt.ActionItemRule")]
public enum ActionItemRule
{
    AlreadyExists,
    DescriptionTooLong,
    DueDateInvalid,
    EvidenceLinkInvalid,
    FollowUpHasItem,
    GroupNotFound,
    NotFound,
    OrganisationNotSeated,
    OriginNotInGroup,
    OwnerNotMember,
    OwnerRequired,
    PriorityInvalid,
    TextRequired,
    TextTooLong,
    TitleRequired,
    TitleTooLong,
}
