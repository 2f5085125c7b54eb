namespace Platform.Grains.Incidents;

/// <summary>
/// One incident or grievance (key: the incident id). Every change writes the versioned incident row, the rows it owns
/// and one journal entry naming the incident by number and action only, then publishes an <see cref="IIncidentEvent"/>.
/// Content (narrative, place, identities, evidence, messages, reasons, referral notes) is sealed under the incident's own
/// key (<see cref="IncidentVault"/>). Who may act is read fresh from the database on every command
/// (<see cref="IncidentAudience"/>): workflow steps need a case handler (facilitator or named handler); anything that
/// reads or writes content needs <see cref="IncidentSight.Details"/>. Refusals throw <see cref="RuleException"/>;
/// a stale <c>ExpectedVersion</c> throws <c>EditConflictException</c>.
/// </summary>
public interface IIncidentGrain : IGrainWithGuidKey
{
    /// <summary>Creates the incident (received) with the next number of its group.</summary>
    Task<IncidentState> ReportAsync(ReportIncident command);

    /// <summary>received → assessed (or an assessed/referred/in-remediation case re-judged, status unchanged).</summary>
    Task<IncidentState> AssessAsync(AssessIncident command);

    Task<IncidentState> ShareAsync(ShareIncident command);

    /// <summary>assessed, referred or in remediation → referred (a further referral keeps the status).</summary>
    Task<IncidentState> ReferAsync(ReferIncident command);

    Task<IncidentState> RecordAnswerAsync(RecordReferralAnswer command);

    /// <summary>assessed or referred → in remediation.</summary>
    Task<IncidentState> StartRemediationAsync(StartRemediation command);

    /// <summary>Any open status → closed, with a closure and a required reason; sets retain_until from the group's retention.</summary>
    Task<IncidentState> CloseAsync(CloseIncident command);

    /// <summary>closed → assessed, with a required reason (a "reopened" step).</summary>
    Task<IncidentState> ReopenAsync(ReopenIncident command);

    Task<IncidentState> AddEvidenceAsync(AddIncidentEvidence command);

    Task<IncidentState> JudgeEvidenceAsync(JudgeEvidence command);

    Task<IncidentState> AddMessageAsync(AddIncidentMessage command);

    /// <summary>From the reporter (the caller checked the receipt code); only for reports with a receipt.</summary>
    Task<IncidentState> RevealIdentityAsync(RevealIdentity command);

    Task<IncidentState> AddIdentityAsync(AddIdentity command);

    /// <summary>
    /// The sealed values opened, only for a viewer whose sight is <see cref="IncidentSight.Details"/> (refused otherwise,
    /// CaseWithoutPeople included). With identities: an "identities_opened" journal entry each time.
    /// </summary>
    Task<IncidentDetails> OpenAsync(OpenIncident command);

    /// <summary>
    /// One evidence file, only for a viewer whose sight is <see cref="IncidentSight.Details"/>; an "evidence_opened" journal
    /// entry each time (a photo can show who was there). Refused (EvidenceNotFound) for a link or another case's evidence.
    /// </summary>
    Task<EvidenceFile> OpenEvidenceFileAsync(OpenEvidenceFile command);

    /// <summary>What the reporter reads through the receipt code; the caller must have checked the code opens this incident.</summary>
    Task<ReporterView> ReporterViewAsync();

    /// <summary>The state without any sealed value; null when there is no such incident. Callers cut it with <see cref="IncidentAudience"/>.</summary>
    Task<IncidentState?> GetAsync();

    /// <summary>
    /// When the incident is closed and <paramref name="today"/> (in the group's zone) has reached retain_until: deletes the key,
    /// identities, evidence, messages and receipt, clears every sealed value, sets purged_on; keeps the counts. Returns
    /// whether it purged now.
    /// </summary>
    Task<bool> PurgeAsync(LocalDate today);
}

/// <summary>
/// A group's incident settings (key: the working group id): intake, retention, follow-up, authorities and case handlers.
/// Only the group's facilitators change them.
/// </summary>
public interface IIncidentSettingsGrain : IGrainWithGuidKey
{
    /// <summary>The settings (defaults with version 0 when never saved).</summary>
    Task<IncidentSettings> GetAsync();

    Task<IncidentSettings> ChangeAsync(ChangeIncidentSettings command);

    Task<IncidentSettings> AddAuthorityAsync(AddAuthority command);

    Task<IncidentSettings> RenameAuthorityAsync(RenameAuthority command);

    Task<IncidentSettings> DeactivateAuthorityAsync(DeactivateAuthority command);

    Task<IncidentSettings> AppointHandlerAsync(AppointHandler command);

    Task<IncidentSettings> DismissHandlerAsync(DismissHandler command);
}
