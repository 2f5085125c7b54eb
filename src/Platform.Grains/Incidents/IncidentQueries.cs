namespace Platform.Grains.Incidents;

/// <summary>Filters of the register; null: any.</summary>
public sealed record IncidentRegisterFilter(IncidentStatus? Status = null, IncidentKind? Kind = null, bool OpenOnly = false)
{
    public static readonly IncidentRegisterFilter All = new();
}

/// <summary>
/// One line of the register, already cut to <see cref="Sight"/>: a field the sight does not allow is null (never filled
/// and hidden later). SharedSummary: number, kind, status and the summary. CaseWithoutPeople: also days, severity,
/// closure. Details: also the channel and the counts of people affected (as <see cref="IncidentAudience.Cut"/>).
/// </summary>
public sealed record IncidentRow(
    Guid Id,
    int Number,
    IncidentSight Sight,
    IncidentKind Kind,
    IncidentStatus Status,
    string? SharedSummary,
    IncidentClosure? Closure,
    IncidentChannel? Channel,
    LocalDate? ReceivedOn,
    int? SeverityBand,
    LocalDate? ReferredOn,
    LocalDate? ClosedOn,
    bool? Purged,
    int? AffectedTotal);

/// <summary>The register as one viewer may see it: the rows and the number per status of the incidents that viewer sees.</summary>
public sealed record IncidentRegister(IncidentSight Sight, IReadOnlyList<IncidentRow> Rows, IReadOnlyDictionary<IncidentStatus, int> CountsByStatus)
{
    public static readonly IncidentRegister Empty = new(IncidentSight.None, [], new Dictionary<IncidentStatus, int>());
}

/// <summary>Read-only views over incidents, each cut by <see cref="IncidentAudience"/>.</summary>
public sealed class IncidentQueries(Database database)
{
    private const string SelectViewer = $$"""
        SELECT
            EXISTS (SELECT 1 FROM working_group WHERE id = @GroupId) AS GroupExists,
            m.role AS Role,
            EXISTS (SELECT 1 FROM incident_handler h WHERE h.working_group_id = @GroupId AND h.user_id = @UserId) AS IsCaseHandler,
            {{Access.GroupAccess.AdministratorAndDonorColumns}},
            m.organisation_id AS OrganisationId,
            o.stakeholder_type AS OrganisationType
        FROM (SELECT 1 AS one) AS anchor
        LEFT JOIN membership m ON m.working_group_id = @GroupId AND m.user_id = @UserId
        LEFT JOIN organisation o ON o.id = m.organisation_id
        """;

    /// <summary>Who <paramref name="userId"/> is for the incidents of <paramref name="groupId"/>, read fresh (one query); anonymous is nobody.</summary>
    public async Task<IncidentViewer> ViewerAsync(string? userId, Guid groupId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(userId))
        {
            return IncidentViewer.Nobody;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadViewerAsync(connection, null, userId, groupId, cancellationToken);
    }

    internal static async Task<IncidentViewer> ReadViewerAsync(DbConnection connection, DbTransaction? transaction, string userId, Guid groupId, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleAsync<ViewerRow>(new CommandDefinition(
            SelectViewer, new { GroupId = groupId, UserId = userId }, transaction, cancellationToken: cancellationToken));
        GroupRole? role = row.Role is null ? null : EnumText.Parse<GroupRole>(row.Role);
        StakeholderType? type = row.OrganisationType is null ? null : EnumText.Parse<StakeholderType>(row.OrganisationType);
        return new IncidentViewer(row.GroupExists, role, row.IsCaseHandler, row.IsAdministrator, row.IsDonorForGroup,
            row.OrganisationId, type);
    }

    private const string SelectRegister = """
        SELECT id AS Id, number AS Number, kind AS Kind, status AS Status, closure AS Closure, channel AS Channel,
               received_on AS ReceivedOn, severity_scale AS SeverityScale, severity_scope AS SeverityScope,
               severity_irremediability AS SeverityIrremediability, shared_summary AS SharedSummary,
               referred_on AS ReferredOn, closed_on AS ClosedOn, purged_on AS PurgedOn,
               affected_women + affected_men + affected_girls + affected_boys + affected_unknown AS AffectedTotal
        FROM incident
        WHERE working_group_id = @groupId
        ORDER BY number DESC;
        SELECT a.incident_id AS IncidentId, a.organisation_id AS OrganisationId
        FROM incident_alleged a
        JOIN incident i ON i.id = a.incident_id
        WHERE i.working_group_id = @groupId AND a.organisation_id IS NOT NULL
        """;

    /// <summary>
    /// The group's register for <paramref name="viewer"/> (from <see cref="ViewerAsync"/>): only the incidents the viewer
    /// sees, each cut to the viewer's sight of it. Counts-only viewers (donors, administrators) get nothing here: their
    /// figures go through the small-count rule.
    /// </summary>
    public async Task<IncidentRegister> RegisterAsync(Guid groupId, IncidentViewer viewer, IncidentRegisterFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        filter ??= IncidentRegisterFilter.All;
        var registerSight = IncidentAudience.RegisterSightOf(viewer);
        if (registerSight < IncidentSight.SharedSummary)
        {
            return IncidentRegister.Empty with { Sight = registerSight };
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.QueryMultipleAsync(new CommandDefinition(SelectRegister, new { groupId }, cancellationToken: cancellationToken));
        var rows = (await reader.ReadAsync<RegisterRow>()).ToList();
        var alleged = (await reader.ReadAsync<(Guid IncidentId, Guid OrganisationId)>())
            .ToLookup(a => a.IncidentId, a => a.OrganisationId);
        var visible = new List<IncidentRow>();
        foreach (var r in rows)
        {
            var sight = IncidentAudience.SightOf(viewer, [.. alleged[r.Id]], r.SharedSummary is not null);
            if (sight >= IncidentSight.SharedSummary)
            {
                visible.Add(Cut(r, sight));
            }
        }

        var counts = visible.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count());
        var shown = visible.Where(r => (filter.Status is null || r.Status == filter.Status)
            && (filter.Kind is null || r.Kind == filter.Kind)
            && (!filter.OpenOnly || r.Status.IsOpen())).ToList();
        return new IncidentRegister(registerSight, shown, counts);
    }

    private static IncidentRow Cut(RegisterRow r, IncidentSight sight)
    {
        var kind = EnumText.Parse<IncidentKind>(r.Kind);
        var status = EnumText.Parse<IncidentStatus>(r.Status);
        if (sight == IncidentSight.SharedSummary)
        {
            return new IncidentRow(r.Id, (int)r.Number, sight, kind, status, r.SharedSummary, null, null, null, null, null, null, null, null);
        }

        int? band = r.SeverityScale is null ? null : (int)Math.Max(r.SeverityScale.Value, Math.Max(r.SeverityScope ?? 0, r.SeverityIrremediability ?? 0));
        return new IncidentRow(
            r.Id,
            (int)r.Number,
            sight,
            kind,
            status,
            r.SharedSummary,
            r.Closure is null ? null : EnumText.Parse<IncidentClosure>(r.Closure),
            sight == IncidentSight.Details ? EnumText.Parse<IncidentChannel>(r.Channel) : null,
            r.ReceivedOn,
            band,
            r.ReferredOn,
            r.ClosedOn,
            r.PurgedOn is not null,
            sight == IncidentSight.Details ? (int)r.AffectedTotal : null);
    }

    private sealed class ViewerRow
    {
        public bool GroupExists { get; set; }

        public string? Role { get; set; }

        public bool IsCaseHandler { get; set; }

        public bool IsAdministrator { get; set; }

        public bool IsDonorForGroup { get; set; }

        public Guid? OrganisationId { get; set; }

        public string? OrganisationType { get; set; }
    }

    private sealed class RegisterRow
    {
        public Guid Id { get; set; }

        public long Number { get; set; }

        public string Kind { get; set; } = "";

        public string Status { get; set; } = "";

        public string? Closure { get; set; }

        public string Channel { get; set; } = "";

        public LocalDate ReceivedOn { get; set; }

        public long? SeverityScale { get; set; }

        public long? SeverityScope { get; set; }

        public long? SeverityIrremediability { get; set; }

        public string? SharedSummary { get; set; }

        public LocalDate? ReferredOn { get; set; }

        public LocalDate? ClosedOn { get; set; }

        public string? PurgedOn { get; set; }

        public long AffectedTotal { get; set; }
    }
}
