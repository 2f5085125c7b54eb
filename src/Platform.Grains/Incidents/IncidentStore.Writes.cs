namespace Platform.Grains.Incidents;

/// <summary>The statements the incident grain commits in its transactions, and the purge, which erases in its own.</summary>
public sealed partial class IncidentStore
{
    private const string InsertIncidentRow = """
        INSERT INTO incident (id, working_group_id, number, kind, status, closure, channel, received_on, entered_by,
            narrative_sealed, place_sealed, occurred_from, occurred_to, affected_women, affected_men, affected_girls,
            affected_boys, affected_unknown, severity_scale, severity_scope, severity_irremediability, shared_summary,
            referred_on, closed_on, retain_until, purged_on, version)
        VALUES (@id, @groupId, @number, @kind, @status, @closure, @channel, @receivedOn, @enteredBy,
            @narrative, @place, @occurredFrom, @occurredTo, @women, @men, @girls,
            @boys, @unknown, @severityScale, @severityScope, @severityIrremediability, @sharedSummary,
            @referredOn, @closedOn, @retainUntil, @purgedOn, @version)
        """;

    public static StateWrite Insert(IncidentState state, string narrativeSealed, string? placeSealed) => new(InsertIncidentRow, Parameters(state, state.Version)
        .With("narrative", narrativeSealed).With("place", placeSealed));

    private const string UpdateIncidentRow = """
        UPDATE incident
        SET kind = @kind, status = @status, closure = @closure, occurred_from = @occurredFrom, occurred_to = @occurredTo,
            affected_women = @women, affected_men = @men, affected_girls = @girls, affected_boys = @boys,
            affected_unknown = @unknown, severity_scale = @severityScale, severity_scope = @severityScope,
            severity_irremediability = @severityIrremediability, shared_summary = @sharedSummary, referred_on = @referredOn,
            closed_on = @closedOn, retain_until = @retainUntil, version = @version
        WHERE id = @id AND version = @expected AND purged_on IS NULL
        """;

    public static StateWrite Update(IncidentState next, long expectedVersion) => new(UpdateIncidentRow, Parameters(next, expectedVersion));

    private const string TouchIncidentRow = "UPDATE incident SET version = version WHERE id = @id AND version = @expected";

    /// <summary>Writes nothing but holds the row at its version: for an entry that records a reading (identities opened).</summary>
    public static StateWrite Touch(Guid id, long version) => new(TouchIncidentRow, new { id, expected = version });

    private const string InsertKeyRow = "INSERT INTO incident_key (incident_id, wrapped) VALUES (@id, @wrapped)";

    public static StateWrite InsertKey(Guid id, string wrapped) => new(InsertKeyRow, new { id, wrapped });

    private const string InsertStepRow = """
        INSERT INTO incident_step (incident_id, position, status, actor_id, occurred_on, occurred_at, reason_sealed)
        VALUES (@id, @position, @status, @actorId, @occurredOn, @occurredAt, @reason)
        """;

    public static StateWrite InsertStep(Guid id, IncidentStep step, string? reasonSealed) => new(InsertStepRow, new
    {
        id,
        position = step.Position,
        status = EnumText.ToText(step.Status),
        actorId = step.ActorId,
        occurredOn = step.On,
        occurredAt = step.At is { } at ? StoredTime.Write(at) : null,
        reason = reasonSealed,
    });

    private const string InsertAllegedRow = """
        INSERT INTO incident_alleged (incident_id, position, organisation_id, stakeholder_type)
        VALUES (@id, @position, @organisationId, @type)
        """;

    public static StateWrite InsertAlleged(Guid id, int position, AllegedParty party) => new(InsertAllegedRow, new
    {
        id,
        position,
        organisationId = party.OrganisationId,
        type = EnumText.ToText(party.Type),
    });

    private const string DeleteAllegedRow = "DELETE FROM incident_alleged WHERE incident_id = @id AND position = @position";

    public static StateWrite DeleteAlleged(Guid id, int position) => new(DeleteAllegedRow, new { id, position });

    private const string InsertIdentityRow = """
        INSERT INTO incident_identity (id, incident_id, role, identity_sealed, added_on, revealed_by_reporter)
        VALUES (@identityId, @id, @role, @sealed, @addedOn, @revealed)
        """;

    public static StateWrite InsertIdentity(Guid id, Guid identityId, IdentityRole role, string sealedIdentity, LocalDate addedOn, bool revealed) => new(InsertIdentityRow, new
    {
        identityId,
        id,
        role = EnumText.ToText(role),
        @sealed = sealedIdentity,
        addedOn,
        revealed,
    });

    private const string InsertEvidenceRow = """
        INSERT INTO incident_evidence (id, incident_id, position, link_sealed, file_name_sealed, file_type, file_sealed, note_sealed, credibility, added_by, added_on)
        VALUES (@evidenceId, @id, @position, @link, @fileName, @fileType, @file, @note, 'not_judged', @addedBy, @addedOn)
        """;

    public static StateWrite InsertEvidence(Guid id, EvidenceSummary e, string? link, string? fileName, string? file, string? note) => new(InsertEvidenceRow, new
    {
        evidenceId = e.Id,
        id,
        position = e.Position,
        link,
        fileName,
        fileType = e.FileType,
        file,
        note,
        addedBy = e.AddedBy,
        addedOn = e.AddedOn,
    });

    private const string JudgeEvidenceRow = "UPDATE incident_evidence SET credibility = @credibility WHERE id = @evidenceId AND incident_id = @id";

    public static StateWrite Judge(Guid id, Guid evidenceId, EvidenceCredibility credibility) =>
        new(JudgeEvidenceRow, new { id, evidenceId, credibility = EnumText.ToText(credibility) });

    private const string InsertReferralRow = """
        INSERT INTO incident_referral (id, incident_id, authority_id, referred_on, reference, follow_up_days, follow_up_on, answered_on, note_sealed)
        VALUES (@referralId, @id, @authorityId, @referredOn, @reference, @followUpDays, @followUpOn, NULL, NULL)
        """;

    public static StateWrite InsertReferral(Guid id, IncidentReferral r) => new(InsertReferralRow, new
    {
        referralId = r.Id,
        id,
        authorityId = r.AuthorityId,
        referredOn = r.ReferredOn,
        reference = r.Reference,
        followUpDays = r.FollowUpDays,
        followUpOn = r.FollowUpOn,
    });

    private const string AnswerReferralRow = """
        UPDATE incident_referral SET answered_on = @answeredOn, follow_up_on = NULL, note_sealed = @note
        WHERE id = @referralId AND incident_id = @id AND answered_on IS NULL
        """;

    public static StateWrite Answer(Guid id, Guid referralId, LocalDate answeredOn, string? noteSealed) =>
        new(AnswerReferralRow, new { id, referralId, answeredOn, note = noteSealed });

    private const string InsertMessageRow = """
        INSERT INTO incident_message (incident_id, position, from_reporter, author_id, written_on, body_sealed)
        VALUES (@id, @position, @fromReporter, @authorId, @writtenOn, @body)
        """;

    public static StateWrite InsertMessage(Guid id, int position, bool fromReporter, string? authorId, LocalDate writtenOn, string bodySealed) => new(InsertMessageRow, new
    {
        id,
        position,
        fromReporter,
        authorId,
        writtenOn,
        body = bodySealed,
    });

    private const string InsertReceiptRow = "INSERT INTO incident_receipt (incident_id, lookup, code_hash) VALUES (@id, @lookup, @codeHash)";

    public static StateWrite InsertReceipt(Guid id, IncidentReceipt receipt) => new(InsertReceiptRow, new { id, lookup = receipt.Lookup, codeHash = receipt.CodeHash });

    // The purge: every statement may touch any number of rows, so it runs in its own transaction, not through GrainPersistence.
    private const string PurgeRows = """
        DELETE FROM incident_key WHERE incident_id = @id;
        DELETE FROM incident_identity WHERE incident_id = @id;
        DELETE FROM incident_evidence WHERE incident_id = @id;
        DELETE FROM incident_message WHERE incident_id = @id;
        DELETE FROM incident_receipt WHERE incident_id = @id;
        UPDATE incident_step SET reason_sealed = NULL WHERE incident_id = @id;
        UPDATE incident_referral SET note_sealed = NULL WHERE incident_id = @id;
        """;

    private const string PurgeIncidentRow = """
        UPDATE incident
        SET narrative_sealed = NULL, place_sealed = NULL, shared_summary = NULL, purged_on = @purgedOn, version = @version
        WHERE id = @id AND version = @expected AND status = 'closed' AND purged_on IS NULL
        """;

    /// <summary>
    /// Erases the incident's content for good with its journal entry in one transaction: key, identities, evidence,
    /// messages and receipt deleted, every sealed value cleared; then (SQLite) the file is checkpointed so the erased
    /// pages are gone from the WAL as well. Throws <see cref="ConcurrencyConflictException"/> when the row moved on.
    /// </summary>
    public async Task<JournalEntry> PurgeAsync(Guid id, long expectedVersion, LocalDate purgedOn, JournalWriter journal, NewJournalEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(entry);
        using var turn = await database.WaitToWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await database.Dialect.BeforeEraseAsync(connection, cancellationToken);
        JournalEntry appended;
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            var parameters = new { id, purgedOn, version = expectedVersion + 1, expected = expectedVersion };
            if (await connection.ExecuteAsync(new CommandDefinition(PurgeIncidentRow, parameters, transaction, cancellationToken: cancellationToken)) != 1)
            {
                throw new ConcurrencyConflictException("incident", id.ToString("D"));
            }

            await connection.ExecuteAsync(new CommandDefinition(PurgeRows, parameters, transaction, cancellationToken: cancellationToken));
            appended = await journal.AppendAsync(connection, transaction, entry, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await database.Dialect.AfterEraseAsync(connection, cancellationToken);
        return appended;
    }

    private static DynamicParameters Parameters(IncidentState s, long expected)
    {
        var p = new DynamicParameters();
        p.Add("id", s.Id);
        p.Add("groupId", s.GroupId);
        p.Add("number", s.Number);
        p.Add("kind", EnumText.ToText(s.Kind));
        p.Add("status", EnumText.ToText(s.Status));
        p.Add("closure", s.Closure is { } c ? EnumText.ToText(c) : null);
        p.Add("channel", EnumText.ToText(s.Channel));
        p.Add("receivedOn", s.ReceivedOn);
        p.Add("enteredBy", s.EnteredBy);
        p.Add("occurredFrom", s.OccurredFrom);
        p.Add("occurredTo", s.OccurredTo);
        p.Add("women", s.Affected.Women);
        p.Add("men", s.Affected.Men);
        p.Add("girls", s.Affected.Girls);
        p.Add("boys", s.Affected.Boys);
        p.Add("unknown", s.Affected.Unknown);
        p.Add("severityScale", s.Severity?.Scale);
        p.Add("severityScope", s.Severity?.Scope);
        p.Add("severityIrremediability", s.Severity?.Irremediability);
        p.Add("sharedSummary", s.SharedSummary);
        p.Add("referredOn", s.ReferredOn);
        p.Add("closedOn", s.ClosedOn);
        p.Add("retainUntil", s.RetainUntil);
        p.Add("purgedOn", s.PurgedOn);
        p.Add("version", s.Version);
        p.Add("expected", expected);
        return p;
    }
}
