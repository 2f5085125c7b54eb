namespace Platform.Grains.Incidents;

/// <summary>Who the incident scans tell: one statement, so every scan reaches the same case handlers.</summary>
internal static class IncidentRecipients
{
    /// <summary>
    /// The group's case handlers now (facilitators, and named handlers still seated as members) who have no notification
    /// with <c>@dedupeKey</c> yet; parameters <c>@groupId</c>, <c>@dedupeKey</c>.
    /// </summary>
    public const string NotYetTold = """
        SELECT u.id AS UserId, u.preferred_language AS Language
        FROM membership m
        JOIN user_account u ON u.id = m.user_id
        WHERE m.working_group_id = @groupId
          AND (m.role = 'facilitator'
               OR (m.role = 'member' AND EXISTS (SELECT 1 FROM incident_handler h WHERE h.working_group_id = m.working_group_id AND h.user_id = m.user_id)))
          AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.user_id = m.user_id AND n.dedupe_key = @dedupeKey)
        ORDER BY u.id
        """;
}
