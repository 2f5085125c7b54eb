namespace Platform.Grains.Incidents;

/// <summary>
/// Why an incident command was refused (<see cref="RuleException{TCode}"/>); forms check some of the same rules before they send.
/// Each code has its words under <c>IncidentRule.&lt;Code&gt;</c> in every language. New codes go at the end: hosts of a cluster
/// being upgraded exchange them by number.
/// </summary>
[GenerateSerializer, Alias("rt.IncidentRule")]
public enum IncidentRule
{
    Affected,
    AllegedTooMany,
    AlreadyExists,
    AnsweredBeforeReferral,
    AuthorityInactive,
    AuthorityKind,
    AuthorityNotFound,
    BodyRequired,
    BodyTooLong,
    ContactTooLong,
    Coordinates,
    EvidenceEither,
    EvidenceNotFound,
    FileNameRequired,
    FileNameTooLong,
    FileTooLarge,
    FileTypeNotAccepted,
    FollowUpDays,
    HandlerNotFound,
    IntakeClosed,
    LinkInvalid,
    NameRequired,
    NameTooLong,
    NarrativeRequired,
    NarrativeTooLong,
    NoReceipt,
    NotAllowed,
    NotClosedYet,
    NotFound,
    NotSeated,
    NoteTooLong,
    OccurredFuture,
    OccurredRange,
    PartiesNotAllowed,
    PlaceTooLong,
    Purged,
    ReasonRequired,
    ReasonTooLong,
    ReceivedFuture,
    ReferenceTooLong,
    ReferralAnswered,
    ReferralNotFound,
    ReferredFuture,
    RetentionDays,
    Severity,
    SummaryTooLong,
    Transition,
}
