namespace Platform.Grains.Incidents;

/// <summary>
/// The incident row and the rows it owns (steps, alleged, identities, evidence, referrals, messages, receipt, key); only
/// the incident grain writes them. Sealed columns are written and read here as they are stored; the grain seals and opens.
/// </summary>
public sealed partial class IncidentStore(Database database, IncidentVault vault)
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
}
