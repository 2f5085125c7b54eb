namespace Platform.Grains.Incidents;

/// <summary>A name (and how to reach the person) given by someone who chose to be named; sealed on its own.</summary>
[GenerateSerializer, Immutable, Alias("rt.NewIdentity")]
public sealed record NewIdentity(string Name, string? Contact);

/// <summary>The receipt code of a public report, as the intake stores it: the lookup prefix and the slow salted hash (never the code).</summary>
[GenerateSerializer, Immutable, Alias("rt.IncidentReceipt")]
public sealed record IncidentReceipt(string Lookup, string CodeHash);

/// <summary>
/// A new report. <paramref name="Channel"/> says who: <see cref="IncidentChannel.Member"/> (a seated member, <paramref name="ActorId"/>
/// themselves), an access point (a facilitator or case handler entering what they received), or
/// <see cref="IncidentChannel.WebForm"/> (no actor; the group's intake must be open; nothing finer than the day is kept).
/// <paramref name="ReceivedOn"/>: the day it reached the group in the group's zone (an access point may give an earlier
/// day for a paper report; null: today in the group's zone). <paramref name="OccurredFrom"/>/<paramref name="OccurredTo"/>:
/// a day, or a range when uncertain. <paramref name="Reporter"/>: the reporter's identity and contact, if they gave them.
/// </summary>
[GenerateSerializer, Immutable, Alias("rt.ReportIncident")]
public sealed record ReportIncident(
    Guid GroupId,
    IncidentChannel Channel,
    string? ActorId,
    IncidentKind Kind,
    string Narrative,
    IncidentPlace? Place,
    LocalDate? OccurredFrom,
    LocalDate? OccurredTo,
    IReadOnlyList<AllegedParty> Alleged,
    AffectedCounts Affected,
    NewIdentity? Reporter = null,
    LocalDate? ReceivedOn = null,
    IncidentReceipt? Receipt = null);

/// <summary>Judges severity and, at the same time, corrects kind, alleged parties or counts (null: unchanged).</summary>
[GenerateSerializer, Immutable, Alias("rt.AssessIncident")]
public sealed record AssessIncident(
    IncidentSeverity Severity,
    string ActorId,
    IncidentKind? Kind = null,
    IReadOnlyList<AllegedParty>? Alleged = null,
    AffectedCounts? Affected = null,
    long? ExpectedVersion = null);

/// <summary>Shares a summary (no identities) with the group's members; a null or blank <paramref name="Summary"/> unshares.</summary>
[GenerateSerializer, Immutable, Alias("rt.ShareIncident")]
public sealed record ShareIncident(string? Summary, string ActorId, long? ExpectedVersion = null);

/// <summary>
/// Refers the case to an active authority of the group's list on <paramref name="ReferredOn"/> (not in the future);
/// <paramref name="FollowUpDays"/> null: the group's setting.
/// </summary>
[GenerateSerializer, Immutable, Alias("rt.ReferIncident")]
public sealed record ReferIncident(Guid AuthorityId, LocalDate ReferredOn, string? Reference, string ActorId, int? FollowUpDays = null, long? ExpectedVersion = null);

/// <summary>The authority answered a referral on <paramref name="AnsweredOn"/>; the note is sealed. Stops its reminders.</summary>
[GenerateSerializer, Immutable, Alias("rt.RecordReferralAnswer")]
public sealed record RecordReferralAnswer(Guid ReferralId, LocalDate AnsweredOn, string? Note, string ActorId);

[GenerateSerializer, Immutable, Alias("rt.StartRemediation")]
public sealed record StartRemediation(string ActorId, long? ExpectedVersion = null);

/// <summary>Closes an open case; the reason is required (and sealed).</summary>
[GenerateSerializer, Immutable, Alias("rt.CloseIncident")]
public sealed record CloseIncident(IncidentClosure Closure, string Reason, string ActorId, long? ExpectedVersion = null);

/// <summary>Reopens a closed case back to assessed; the reason is required (and sealed).</summary>
[GenerateSerializer, Immutable, Alias("rt.ReopenIncident")]
public sealed record ReopenIncident(string Reason, string ActorId, long? ExpectedVersion = null);

/// <summary>A link (http/https) or a small file (≤ <see cref="IncidentRules.FileMaxBytes"/>, with its name and type), and a note.</summary>
[GenerateSerializer, Immutable, Alias("rt.AddIncidentEvidence")]
public sealed record AddIncidentEvidence(string? Link, string? FileName, byte[]? File, string? Note, string ActorId);

[GenerateSerializer, Immutable, Alias("rt.JudgeEvidence")]
public sealed record JudgeEvidence(Guid EvidenceId, EvidenceCredibility Credibility, string ActorId);

/// <summary>A message from a handler (<paramref name="ActorId"/>), or from the reporter (null: the caller checked the receipt code; the day only is kept).</summary>
[GenerateSerializer, Immutable, Alias("rt.AddIncidentMessage")]
public sealed record AddIncidentMessage(string Body, string? ActorId);

/// <summary>The reporter names themselves through the receipt code (checked by the caller). One-way: never taken back.</summary>
[GenerateSerializer, Immutable, Alias("rt.RevealIdentity")]
public sealed record RevealIdentity(NewIdentity Identity);

/// <summary>A handler records the identity of a reporter, affected person or witness who agreed to be named.</summary>
[GenerateSerializer, Immutable, Alias("rt.AddIdentity")]
public sealed record AddIdentity(IdentityRole Role, NewIdentity Identity, string ActorId);

/// <summary>Opens the sealed values for <paramref name="ViewerId"/> (sight read fresh); <paramref name="Identities"/>: also the identities (journalled).</summary>
[GenerateSerializer, Immutable, Alias("rt.OpenIncident")]
public sealed record OpenIncident(string ViewerId, bool Identities);

/// <summary>Opens one evidence file for <paramref name="ViewerId"/> (sight read fresh; journalled).</summary>
[GenerateSerializer, Immutable, Alias("rt.OpenEvidenceFile")]
public sealed record OpenEvidenceFile(Guid EvidenceId, string ViewerId);

/// <summary>
/// Group settings. <paramref name="ExpectedVersion"/> is the settings version the form showed (0: never saved).
/// </summary>
[GenerateSerializer, Immutable, Alias("rt.ChangeIncidentSettings")]
public sealed record ChangeIncidentSettings(bool IntakeOpen, int RetentionDays, int FollowUpDays, string ActorId, long? ExpectedVersion = null);

[GenerateSerializer, Immutable, Alias("rt.AddAuthority")]
public sealed record AddAuthority(string Name, AuthorityKind Kind, string ActorId);

[GenerateSerializer, Immutable, Alias("rt.RenameAuthority")]
public sealed record RenameAuthority(Guid AuthorityId, string Name, AuthorityKind Kind, string ActorId);

/// <summary>Takes an authority off the list for new referrals; past referrals keep naming it.</summary>
[GenerateSerializer, Immutable, Alias("rt.DeactivateAuthority")]
public sealed record DeactivateAuthority(Guid AuthorityId, string ActorId);

/// <summary>Names a seated member (not an observer) of the group a case handler.</summary>
[GenerateSerializer, Immutable, Alias("rt.AppointHandler")]
public sealed record AppointHandler(string UserId, string ActorId);

[GenerateSerializer, Immutable, Alias("rt.DismissHandler")]
public sealed record DismissHandler(string UserId, string ActorId);
