namespace Platform.Grains.Incidents;

/// <summary>People affected, by sex and age band: counts only, never names (a name given goes to a sealed identity).</summary>
[GenerateSerializer, Immutable, Alias("rt.AffectedCounts")]
public sealed record AffectedCounts(int Women, int Men, int Girls, int Boys, int Unknown)
{
    public static readonly AffectedCounts None = new(0, 0, 0, 0, 0);

    public int Total => Women + Men + Girls + Boys + Unknown;
}

/// <summary>Severity judged on three short scales, each 1 (low) to 3 (high).</summary>
[GenerateSerializer, Immutable, Alias("rt.IncidentSeverity")]
public sealed record IncidentSeverity(int Scale, int Scope, int Irremediability)
{
    public const int Min = 1;
    public const int Max = 3;

    /// <summary>The highest of the three: the band the figures count an incident under.</summary>
    public int Band => Math.Max(Scale, Math.Max(Scope, Irremediability));
}

/// <summary>Who is alleged to be involved: an organisation at the table (<paramref name="OrganisationId"/>) or others by type.</summary>
[GenerateSerializer, Immutable, Alias("rt.AllegedParty")]
public sealed record AllegedParty(Guid? OrganisationId, StakeholderType Type);

/// <summary>What a workflow step did: the status it entered, or a reopening (which returns the case to assessed).</summary>
[GenerateSerializer, Alias("rt.IncidentStepStatus")]
public enum IncidentStepStatus
{
    Received,
    Assessed,
    Referred,
    InRemediation,
    Closed,
    Reopened,
}

/// <summary>
/// One workflow step: who (null for a report through the public form) and when: the day in the group's zone, and the
/// instant only when a signed-in person took the step. The reason (closing, reopening) is sealed: see <see cref="IncidentDetails"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("rt.IncidentStep")]
public sealed record IncidentStep(int Position, IncidentStepStatus Status, string? ActorId, LocalDate On, DateTimeOffset? At, bool HasReason);

/// <summary>A referral to an authority of the group's list; <paramref name="FollowUpOn"/>: the next reminder's day, null once answered.</summary>
[GenerateSerializer, Immutable, Alias("rt.IncidentReferral")]
public sealed record IncidentReferral(
    Guid Id,
    Guid AuthorityId,
    LocalDate ReferredOn,
    string? Reference,
    int FollowUpDays,
    LocalDate? FollowUpOn,
    LocalDate? AnsweredOn)
{
    public bool Answered => AnsweredOn is not null;
}

/// <summary>A piece of evidence without its content (link, file, name and note are sealed; see <see cref="IncidentDetails"/>).</summary>
[GenerateSerializer, Immutable, Alias("rt.EvidenceSummary")]
public sealed record EvidenceSummary(Guid Id, int Position, bool IsFile, string? FileType, EvidenceCredibility Credibility, string? AddedBy, LocalDate AddedOn);

/// <summary>
/// One incident as its grain holds it: everything a case without its people shows, and nothing sealed (no narrative,
/// place, identities, evidence content, messages or reasons; those come only from <see cref="IIncidentGrain.OpenAsync"/>).
/// Surfaces still cut it to what <see cref="IncidentAudience"/> allows the viewer.
/// </summary>
[GenerateSerializer, Immutable, Alias("rt.IncidentState")]
public sealed record IncidentState(
    Guid Id,
    Guid GroupId,
    int Number,
    IncidentKind Kind,
    IncidentStatus Status,
    IncidentClosure? Closure,
    IncidentChannel Channel,
    LocalDate ReceivedOn,
    string? EnteredBy,
    LocalDate? OccurredFrom,
    LocalDate? OccurredTo,
    AffectedCounts Affected,
    IncidentSeverity? Severity,
    IReadOnlyList<AllegedParty> Alleged,
    string? SharedSummary,
    LocalDate? ReferredOn,
    LocalDate? ClosedOn,
    LocalDate? RetainUntil,
    LocalDate? PurgedOn,
    long Version,
    IReadOnlyList<IncidentStep> Steps,
    IReadOnlyList<IncidentReferral> Referrals,
    IReadOnlyList<EvidenceSummary> Evidence,
    int IdentityCount,
    int MessageCount,
    bool HasReceipt)
{
    public bool Shared => SharedSummary is not null;

    public bool Purged => PurgedOn is not null;

    /// <summary>The organisations at the table alleged to be involved, as <see cref="IncidentAudience.SightOf"/> takes them.</summary>
    public IReadOnlyCollection<Guid> AllegedOrganisations => [.. Alleged.Where(a => a.OrganisationId is not null).Select(a => a.OrganisationId!.Value).Distinct()];
}

/// <summary>Where it happened: a place name and, optionally, coordinates. Sealed as one value ("place").</summary>
[GenerateSerializer, Immutable, Alias("rt.IncidentPlace")]
public sealed record IncidentPlace(string Name, decimal? Latitude, decimal? Longitude);

/// <summary>A reporter, affected person or witness who chose to be named; <paramref name="Contact"/>: how to reach them, if given.</summary>
[GenerateSerializer, Immutable, Alias("rt.IncidentIdentity")]
public sealed record IncidentIdentity(Guid Id, IdentityRole Role, string Name, string? Contact, LocalDate AddedOn, bool RevealedByReporter);

/// <summary>A piece of evidence opened: a link, or a file with its name and type (content ≤ <see cref="IncidentRules.FileMaxBytes"/>).</summary>
[GenerateSerializer, Immutable, Alias("rt.EvidenceDetail")]
public sealed record EvidenceDetail(EvidenceSummary Summary, string? Link, string? FileName, string? Note);

/// <summary>One evidence file opened for download: its name as given, the type recorded when it was added, its content.</summary>
[GenerateSerializer, Immutable, Alias("rt.EvidenceFile")]
public sealed record EvidenceFile(string Name, string Type, byte[] Content);

/// <summary>A message between the reporter (through the receipt code; day only) and a handler.</summary>
[GenerateSerializer, Immutable, Alias("rt.IncidentMessage")]
public sealed record IncidentMessage(int Position, bool FromReporter, string? AuthorId, LocalDate WrittenOn, string Body);

/// <summary>The reason given at a step (closing, reopening), opened.</summary>
[GenerateSerializer, Immutable, Alias("rt.StepReason")]
public sealed record StepReason(int Position, string Reason);

/// <summary>The note of a referral's answer, opened.</summary>
[GenerateSerializer, Immutable, Alias("rt.ReferralNote")]
public sealed record ReferralNote(Guid ReferralId, string Note);

/// <summary>
/// What <see cref="IIncidentGrain.OpenAsync"/> returns to a viewer whose sight is <see cref="IncidentSight.Details"/>:
/// the sealed values, opened. <paramref name="Identities"/> is null unless identities were asked for (each such opening is journalled).
/// </summary>
[GenerateSerializer, Immutable, Alias("rt.IncidentDetails")]
public sealed record IncidentDetails(
    IncidentState State,
    string Narrative,
    IncidentPlace? Place,
    IReadOnlyList<IncidentIdentity>? Identities,
    IReadOnlyList<EvidenceDetail> Evidence,
    IReadOnlyList<IncidentMessage> Messages,
    IReadOnlyList<StepReason> Reasons,
    IReadOnlyList<ReferralNote> ReferralNotes);

/// <summary>What a reporter reads through a receipt code (checked by the caller): the status and the messages, nothing else.</summary>
[GenerateSerializer, Immutable, Alias("rt.ReporterView")]
public sealed record ReporterView(Guid IncidentId, Guid GroupId, IncidentStatus Status, LocalDate ReceivedOn, IReadOnlyList<IncidentMessage> Messages, bool IdentityRevealed);
