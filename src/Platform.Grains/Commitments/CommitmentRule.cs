namespace Platform.Grains.Commitments;

/// <summary>
/// Why a commitment command was refused (<see cref="RuleException{TCode}"/>); forms check some of the same rules before they send.
/// Each code has its words under <c>CommitmentRule.&lt;Code&gt;</c> in every language. New codes go at the end: hosts of a cluster
/// being upgraded exchange them by number.
/// </summary>
[GenerateSerializer, Alias("rt.CommitmentRule")]
public enum CommitmentRule
{
    AlreadyExists,
    Conflict,
    DueDateInvalid,
    IncidentNotFound,
    LinkInvalid,
    MilestoneDone,
    MilestoneNotFound,
    MilestonesOpen,
    NotFound,
    NotPledger,
    NoteTooLong,
    StandardInvalid,
    StatusInvalid,
    TextRequired,
    TextTooLong,
    TitleRequired,
    TitleTooLong,
    Withdrawn,
}
