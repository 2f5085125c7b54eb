namespace Platform.Grains.Incidents;

/// <summary>
/// Who the incident scans tell: the group's members whom <see cref="IncidentAudience"/> lets see the case at least without
/// its people (those who handle its cases), so a scan can never reach further than the rule does.
/// </summary>
internal static class IncidentRecipients
{
    private const string SelectSeatedNotYetTold = """
        SELECT u.id AS UserId,
               u.preferred_language AS Language,
               m.role AS Role,
               EXISTS (SELECT 1 FROM incident_handler h WHERE h.working_group_id = m.working_group_id AND h.user_id = m.user_id) AS IsCaseHandler,
               m.organisation_id AS OrganisationId,
               o.stakeholder_type AS OrganisationType
        FROM membership m
        JOIN user_account u ON u.id = m.user_id
        LEFT JOIN organisation o ON o.id = m.organisation_id
        WHERE m.working_group_id = @groupId
          AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.user_id = m.user_id AND n.dedupe_key = @dedupeKey)
        ORDER BY u.id;
        SELECT CASE WHEN shared_summary IS NULL THEN 0 ELSE 1 END FROM incident WHERE id = @incidentId;
        SELECT organisation_id FROM incident_alleged WHERE incident_id = @incidentId AND organisation_id IS NOT NULL
        """;

    /// <summary>The members of <paramref name="groupId"/> who handle incident <paramref name="incidentId"/> and have no notification with <paramref name="dedupeKey"/> yet.</summary>
    public static async Task<IReadOnlyList<IncidentRecipient>> NotYetToldAsync(
        DbConnection connection, Guid groupId, Guid incidentId, string dedupeKey, CancellationToken cancellationToken)
    {
        await using var reader = await connection.QueryMultipleAsync(new CommandDefinition(
            SelectSeatedNotYetTold, new { groupId, incidentId, dedupeKey }, cancellationToken: cancellationToken));
        var seated = (await reader.ReadAsync<SeatRow>()).ToList();
        var shared = await reader.ReadSingleOrDefaultAsync<long>() > 0;
        var alleged = (await reader.ReadAsync<Guid>()).ToList();
        return [.. seated
            .Where(s => IncidentAudience.SightOf(s.Viewer(), alleged, shared) >= IncidentSight.CaseWithoutPeople)
            .Select(s => new IncidentRecipient(s.UserId, s.Language))];
    }

    private sealed class SeatRow
    {
        public string UserId { get; set; } = "";

        public string Language { get; set; } = "";

        public string Role { get; set; } = "";

        public bool IsCaseHandler { get; set; }

        public Guid? OrganisationId { get; set; }

        public string? OrganisationType { get; set; }

        // Administrators and donors are never told here: the rule gives them counts at most.
        public IncidentViewer Viewer() => new(
            true, EnumText.Parse<GroupRole>(Role), IsCaseHandler, false, false,
            OrganisationId,
            OrganisationType is null ? null : EnumText.Parse<StakeholderType>(OrganisationType));
    }
}
