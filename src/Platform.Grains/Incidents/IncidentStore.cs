namespace Platform.Grains.Incidents;

/// <summary>
/// The incident row and the rows it owns (steps, alleged, identities, evidence, referrals, messages, receipt, key); only
/// the incident grain writes them. Sealed columns are written and read here as they are stored; the grain seals and opens.
/// </summary>
public sealed class IncidentStore(Database database, IncidentVault vault)
{
    public IncidentVault Vault => vault;

    private const string SelectIncident = """
        SELECT working_group_id AS GroupId, number AS Number, kind AS Kind, status AS Status, closure AS Closure,
               channel AS Channel, received_on AS ReceivedOn, entered_by AS EnteredBy, occurred_from AS OccurredFrom,
               occurred_to AS OccurredTo, affected_women AS Women, affected_men AS Men, affected_girls AS Girls,
               affected_boys AS Boys, affected_unknown AS Unknown, severity_scale AS SeverityScale,
               severity_scope AS SeverityScope, severity_irremediability AS SeverityIrremediability,
               shared_summary AS SharedSummary, referred_on AS ReferredOn, closed_on AS ClosedOn,
               retain_until AS RetainUntil, purged_on AS PurgedOn, version AS Version,
               (SELECT COUNT(*) FROM incident_identity d WHERE d.incident_id = incident.id) AS IdentityCount,
               (SELECT COUNT(*) FROM incident_message m WHERE m.incident_id = incident.id) AS MessageCount,
               EXISTS (SELECT 1 FROM incident_receipt r WHERE r.incident_id = incident.id) AS HasReceipt
        FROM incident
        WHERE id = @id;
        SELECT position AS Position, status AS Status, actor_id AS ActorId, occurred_on AS OccurredOn, occurred_at AS OccurredAt,
               reason_sealed IS NOT NULL AS HasReason
        FROM incident_step WHERE incident_id = @id ORDER BY position;
        SELECT organisation_id AS OrganisationId, stakeholder_type AS StakeholderType
        FROM incident_alleged WHERE incident_id = @id ORDER BY position;
        SELECT id AS Id, authority_id AS AuthorityId, referred_on AS ReferredOn, reference AS Reference,
               follow_up_days AS FollowUpDays, follow_up_on AS FollowUpOn, answered_on AS AnsweredOn
        FROM incident_referral WHERE incident_id = @id ORDER BY referred_on, id;
        SELECT id AS Id, position AS Position, file_sealed IS NOT NULL AS IsFile, file_type AS FileType,
               credibility AS Credibility, added_by AS AddedBy, added_on AS AddedOn
        FROM incident_evidence WHERE incident_id = @id ORDER BY position
        """;

    public async Task<IncidentState?> LoadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.QueryMultipleAsync(new CommandDefinition(SelectIncident, new { id }, cancellationToken: cancellationToken));
        var row = await reader.ReadSingleOrDefaultAsync<IncidentRow>();
        var steps = (await reader.ReadAsync<StepRow>()).Select(s => new IncidentStep(
            (int)s.Position, EnumText.Parse<IncidentStepStatus>(s.Status), s.ActorId, s.OccurredOn, s.OccurredAt, s.HasReason)).ToList();
        var alleged = (await reader.ReadAsync<(Guid? OrganisationId, string StakeholderType)>())
            .Select(a => new AllegedParty(a.OrganisationId, EnumText.Parse<StakeholderType>(a.StakeholderType))).ToList();
        var referrals = (await reader.ReadAsync<ReferralRow>()).Select(r => new IncidentReferral(
            r.Id, r.AuthorityId, r.ReferredOn, r.Reference, (int)r.FollowUpDays,
            r.FollowUpOn, r.AnsweredOn)).ToList();
        var evidence = (await reader.ReadAsync<EvidenceRow>()).Select(e => new EvidenceSummary(
            e.Id, (int)e.Position, e.IsFile, e.FileType, EnumText.Parse<EvidenceCredibility>(e.Credibility), e.AddedBy, e.AddedOn)).ToList();
        if (row is null)
        {
            return null;
        }

        IncidentSeverity? severity = row.SeverityScale is { } scale
            ? new IncidentSeverity((int)scale, (int)(row.SeverityScope ?? 0), (int)(row.SeverityIrremediability ?? 0))
            : null;
        return new IncidentState(
            id,
            row.GroupId,
            (int)row.Number,
            EnumText.Parse<IncidentKind>(row.Kind),
            EnumText.Parse<IncidentStatus>(row.Status),
            row.Closure is null ? null : EnumText.Parse<IncidentClosure>(row.Closure),
            EnumText.Parse<IncidentChannel>(row.Channel),
            row.ReceivedOn,
            row.EnteredBy,
            row.OccurredFrom,
            row.OccurredTo,
            new AffectedCounts((int)row.Women, (int)row.Men, (int)row.Girls, (int)row.Boys, (int)row.Unknown),
            severity,
            alleged,
            row.SharedSummary,
            row.ReferredOn,
            row.ClosedOn,
            row.RetainUntil,
            row.PurgedOn,
            row.Version,
            steps,
            referrals,
            evidence,
            (int)row.IdentityCount,
            (int)row.MessageCount,
            row.HasReceipt);
    }

    private const string SelectGroupContext = """
        SELECT g.time_zone AS TimeZone,
               s.intake_open AS IntakeOpen,
               s.retention_days AS RetentionDays,
               s.follow_up_days AS FollowUpDays
        FROM working_group g
        LEFT JOIN incident_settings s ON s.working_group_id = g.id
        WHERE g.id = @groupId
        """;

    /// <summary>The group's zone and incident settings (defaults when never saved); null when the group does not exist.</summary>
    public async Task<IncidentGroupContext?> GroupContextAsync(Guid groupId, CancellationToken cancellationToken = default)
    {
        var row = await database.QuerySingleOrDefaultAsync<GroupContextRow>(SelectGroupContext, new { groupId }, cancellationToken);
        return row is null ? null : new IncidentGroupContext(
            WallClock.Zone(row.TimeZone) ?? DateTimeZone.Utc,
            row.IntakeOpen ?? false,
            (int)(row.RetentionDays ?? IncidentSettings.DefaultRetentionDays),
            (int)(row.FollowUpDays ?? IncidentSettings.DefaultFollowUpDays));
    }

    /// <summary>Who <paramref name="userId"/> is for the incidents of the group, read now.</summary>
    public async Task<IncidentViewer> ViewerAsync(string? userId, Guid groupId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(userId))
        {
            return IncidentViewer.Nobody;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        return await IncidentQueries.ReadViewerAsync(connection, null, userId, groupId, cancellationToken);
    }

    private const string SelectAuthority = """
        SELECT active AS Active FROM incident_authority WHERE id = @id AND working_group_id = @groupId
        """;

    /// <summary>Whether the authority is on the group's list (null: not at all), and active.</summary>
    public async Task<bool?> AuthorityActiveAsync(Guid groupId, Guid authorityId, CancellationToken cancellationToken = default)
    {
        return await database.QuerySingleOrDefaultAsync<bool?>(SelectAuthority, new { id = authorityId, groupId }, cancellationToken);
    }

    private const string SelectNextNumber = "SELECT COALESCE(MAX(number), 0) + 1 FROM incident WHERE working_group_id = @groupId";

    /// <summary>The next number of the group (max + 1); the unique constraint refuses a number taken meanwhile.</summary>
    public async Task<int> NextNumberAsync(Guid groupId, CancellationToken cancellationToken = default)
    {
        return (int)await database.ExecuteScalarAsync<long>(SelectNextNumber, new { groupId }, cancellationToken);
    }

    private const string SelectSealed = """
        SELECT narrative_sealed AS Narrative, place_sealed AS Place, (SELECT wrapped FROM incident_key WHERE incident_id = @id) AS Wrapped
        FROM incident WHERE id = @id;
        SELECT id AS Id, role AS Role, identity_sealed AS Sealed, added_on AS AddedOn, revealed_by_reporter AS Revealed
        FROM incident_identity WHERE incident_id = @id AND @identities ORDER BY added_on, id;
        SELECT id AS Id, link_sealed AS Link, file_name_sealed AS FileName, note_sealed AS Note
        FROM incident_evidence WHERE incident_id = @id ORDER BY position;
        SELECT position AS Position, from_reporter AS FromReporter, author_id AS AuthorId, written_on AS WrittenOn, body_sealed AS Body
        FROM incident_message WHERE incident_id = @id ORDER BY position;
        SELECT position AS Position, reason_sealed AS Reason
        FROM incident_step WHERE incident_id = @id AND reason_sealed IS NOT NULL ORDER BY position;
        SELECT id AS Id, note_sealed AS Note
        FROM incident_referral WHERE incident_id = @id AND note_sealed IS NOT NULL ORDER BY referred_on, id
        """;

    /// <summary>Every sealed value of the incident as stored (identities only when asked for), with the wrapped key.</summary>
    internal async Task<SealedValues?> SealedAsync(Guid id, bool identities, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.QueryMultipleAsync(new CommandDefinition(SelectSealed, new { id, identities }, cancellationToken: cancellationToken));
        var head = await reader.ReadSingleOrDefaultAsync<(string? Narrative, string? Place, string? Wrapped)?>();
        var ids = (await reader.ReadAsync<SealedIdentityRow>()).ToList();
        var evidence = (await reader.ReadAsync<(string Id, string? Link, string? FileName, string? Note)>()).ToList();
        var messages = (await reader.ReadAsync<SealedMessageRow>()).ToList();
        var reasons = (await reader.ReadAsync<(long Position, string Reason)>()).ToList();
        var notes = (await reader.ReadAsync<(string Id, string Note)>()).ToList();
        return head is not { Wrapped: not null } h ? null : new SealedValues(h.Wrapped, h.Narrative, h.Place, ids, evidence, messages, reasons, notes);
    }

    private const string SelectSealedFile = """
        SELECT file_name_sealed AS FileName, file_sealed AS File
        FROM incident_evidence WHERE incident_id = @id AND id = @evidenceId AND file_sealed IS NOT NULL
        """;

    /// <summary>
    /// One evidence file's sealed name and content, read only when it is downloaded (the case page reads every other
    /// sealed value but never the files, up to 2 MB each).
    /// </summary>
    internal async Task<(string FileName, string File)?> SealedFileAsync(Guid id, Guid evidenceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<(string FileName, string File)?>(new CommandDefinition(
            SelectSealedFile, new { id, evidenceId }, cancellationToken: cancellationToken));
    }

    private const string SelectMessages = """
        SELECT position AS Position, from_reporter AS FromReporter, author_id AS AuthorId, written_on AS WrittenOn, body_sealed AS Body
        FROM incident_message WHERE incident_id = @id ORDER BY position;
        SELECT wrapped FROM incident_key WHERE incident_id = @id;
        SELECT EXISTS (SELECT 1 FROM incident_identity WHERE incident_id = @id AND revealed_by_reporter) AS Revealed
        """;

    internal async Task<(IReadOnlyList<SealedMessageRow> Messages, string? Wrapped, bool Revealed)> MessagesAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.QueryMultipleAsync(new CommandDefinition(SelectMessages, new { id }, cancellationToken: cancellationToken));
        var messages = (await reader.ReadAsync<SealedMessageRow>()).ToList();
        var wrapped = await reader.ReadSingleOrDefaultAsync<string?>();
        var revealed = await reader.ReadSingleAsync<bool>();
        return (messages, wrapped, revealed);
    }

    private const string SelectWrapped = "SELECT wrapped FROM incident_key WHERE incident_id = @id";

    public async Task<string?> WrappedKeyAsync(Guid id, CancellationToken cancellationToken = default)
    {
        return await database.QuerySingleOrDefaultAsync<string?>(SelectWrapped, new { id }, cancellationToken);
    }

    // --- writes ---------------------------------------------------------------------------------------------------

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

    private sealed class IncidentRow
    {
        public Guid GroupId { get; set; }
        public long Number { get; set; }
        public string Kind { get; set; } = "";
        public string Status { get; set; } = "";
        public string? Closure { get; set; }
        public string Channel { get; set; } = "";
        public LocalDate ReceivedOn { get; set; }
        public string? EnteredBy { get; set; }
        public LocalDate? OccurredFrom { get; set; }
        public LocalDate? OccurredTo { get; set; }
        public long Women { get; set; }
        public long Men { get; set; }
        public long Girls { get; set; }
        public long Boys { get; set; }
        public long Unknown { get; set; }
        public long? SeverityScale { get; set; }
        public long? SeverityScope { get; set; }
        public long? SeverityIrremediability { get; set; }
        public string? SharedSummary { get; set; }
        public LocalDate? ReferredOn { get; set; }
        public LocalDate? ClosedOn { get; set; }
        public LocalDate? RetainUntil { get; set; }
        public LocalDate? PurgedOn { get; set; }
        public long Version { get; set; }
        public long IdentityCount { get; set; }
        public long MessageCount { get; set; }
        public bool HasReceipt { get; set; }
    }

    private sealed class StepRow
    {
        public long Position { get; set; }
        public string Status { get; set; } = "";
        public string? ActorId { get; set; }
        public LocalDate OccurredOn { get; set; }
        public DateTimeOffset? OccurredAt { get; set; }
        public bool HasReason { get; set; }
    }

    private sealed class ReferralRow
    {
        public Guid Id { get; set; }
        public Guid AuthorityId { get; set; }
        public LocalDate ReferredOn { get; set; }
        public string? Reference { get; set; }
        public long FollowUpDays { get; set; }
        public LocalDate? FollowUpOn { get; set; }
        public LocalDate? AnsweredOn { get; set; }
    }

    private sealed class EvidenceRow
    {
        public Guid Id { get; set; }
        public long Position { get; set; }
        public bool IsFile { get; set; }
        public string? FileType { get; set; }
        public string Credibility { get; set; } = "";
        public string? AddedBy { get; set; }
        public LocalDate AddedOn { get; set; }
    }

    private sealed class GroupContextRow
    {
        public string? TimeZone { get; set; }
        public bool? IntakeOpen { get; set; }
        public long? RetentionDays { get; set; }
        public long? FollowUpDays { get; set; }
    }
}

/// <summary>What the incident grain needs of its group: the zone its days are in, and the incident settings.</summary>
public sealed record IncidentGroupContext(DateTimeZone Zone, bool IntakeOpen, int RetentionDays, int FollowUpDays);

internal sealed class SealedIdentityRow
{
    public string Id { get; set; } = "";
    public string Role { get; set; } = "";
    public string Sealed { get; set; } = "";
    public LocalDate AddedOn { get; set; }
    public bool Revealed { get; set; }
}

internal sealed class SealedMessageRow
{
    public long Position { get; set; }
    public bool FromReporter { get; set; }
    public string? AuthorId { get; set; }
    public LocalDate WrittenOn { get; set; }
    public string Body { get; set; } = "";
}

internal sealed record SealedValues(
    string Wrapped,
    string? Narrative,
    string? Place,
    IReadOnlyList<SealedIdentityRow> Identities,
    IReadOnlyList<(string Id, string? Link, string? FileName, string? Note)> Evidence,
    IReadOnlyList<SealedMessageRow> Messages,
    IReadOnlyList<(long Position, string Reason)> Reasons,
    IReadOnlyList<(string Id, string Note)> ReferralNotes);

internal static class DynamicParametersExtensions
{
    public static DynamicParameters With(this DynamicParameters parameters, string name, object? value)
    {
        parameters.Add(name, value);
        return parameters;
    }
}
