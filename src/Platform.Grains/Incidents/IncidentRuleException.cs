using Orleans;

namespace Platform.Grains.Incidents;

/// <summary>
/// An incident command refused. <see cref="Code"/> is stable (shown as <c>IncidentRule.&lt;Code&gt;</c> in the reader's
/// language); <see cref="Field"/> names the form field it belongs to, when there is one. A refusal changes nothing.
/// Codes: NotFound, AlreadyExists, NotAllowed, IntakeClosed, Purged, Transition, NarrativeRequired, NarrativeTooLong,
/// PlaceTooLong, Coordinates, OccurredRange, OccurredFuture, ReceivedFuture, Affected, Severity, AllegedTooMany,
/// SummaryTooLong, ReasonRequired, ReasonTooLong, AuthorityNotFound, AuthorityInactive, ReferredFuture, ReferenceTooLong,
/// FollowUpDays, ReferralNotFound, ReferralAnswered, AnsweredBeforeReferral, NoteTooLong, EvidenceEither, LinkInvalid,
/// FileTooLarge, FileNameRequired, FileNameTooLong, EvidenceNotFound, BodyRequired, BodyTooLong, NoReceipt,
/// NameRequired, NameTooLong, ContactTooLong, RetentionDays, NotSeated, HandlerNotFound, NotClosedYet, PartiesNotAllowed.
/// </summary>
[GenerateSerializer, Alias("rt.IncidentRuleException")]
public sealed class IncidentRuleException(string code, string? field = null) : Exception($"Incident rule refused the command: {code}.")
{
    [Id(0)]
    public string Code { get; } = code;

    [Id(1)]
    public string? Field { get; } = field;
}
