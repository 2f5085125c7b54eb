namespace Platform.Grains.Incidents;

/// <summary>The settings row, authorities and handlers of a group's incidents; only the incident settings grain writes them.</summary>
public sealed class IncidentSettingsStore(Database database)
{
    private const string SelectSettings = """
        SELECT intake_open AS IntakeOpen, retention_days AS RetentionDays, follow_up_days AS FollowUpDays, version AS Version
        FROM incident_settings WHERE working_group_id = @groupId;
        SELECT id AS Id, name AS Name, kind AS Kind, active AS Active
        FROM incident_authority WHERE working_group_id = @groupId ORDER BY name, id;
        SELECT user_id FROM incident_handler WHERE working_group_id = @groupId ORDER BY user_id
        """;

    /// <summary>The saved settings, or null when never saved (the grain then answers the defaults).</summary>
    public async Task<IncidentSettings?> LoadAsync(Guid groupId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.QueryMultipleAsync(new CommandDefinition(SelectSettings, new { groupId }, cancellationToken: cancellationToken));
        var row = await reader.ReadSingleOrDefaultAsync<(bool IntakeOpen, long RetentionDays, long FollowUpDays, long Version)?>();
        var authorities = (await reader.ReadAsync<(Guid Id, string Name, string Kind, bool Active)>())
            .Select(a => new IncidentAuthority(a.Id, a.Name, EnumText.Parse<AuthorityKind>(a.Kind), a.Active)).ToList();
        var handlers = (await reader.ReadAsync<string>()).ToList();
        return row is { } r ? new IncidentSettings(groupId, r.IntakeOpen, (int)r.RetentionDays, (int)r.FollowUpDays, r.Version, authorities, handlers) : null;
    }

    private const string SelectRole = "SELECT role FROM membership WHERE working_group_id = @groupId AND user_id = @userId";

    public async Task<GroupRole?> RoleAsync(Guid groupId, string? userId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(userId))
        {
            return null;
        }

        var role = await database.QuerySingleOrDefaultAsync<string?>(SelectRole, new { groupId, userId }, cancellationToken);
        return role is null ? null : EnumText.Parse<GroupRole>(role);
    }

    private const string InsertRow = """
        INSERT INTO incident_settings (working_group_id, intake_open, retention_days, follow_up_days, version)
        VALUES (@groupId, @intakeOpen, @retentionDays, @followUpDays, @version)
        ON CONFLICT (working_group_id) DO NOTHING
        """;

    public static StateWrite Insert(IncidentSettings s) => new(InsertRow, Parameters(s, 0));

    private const string UpdateRow = """
        UPDATE incident_settings
        SET intake_open = @intakeOpen, retention_days = @retentionDays, follow_up_days = @followUpDays, version = @version
        WHERE working_group_id = @groupId AND version = @expected
        """;

    public static StateWrite Update(IncidentSettings s, long expected) => new(UpdateRow, Parameters(s, expected));

    private const string InsertAuthorityRow = """
        INSERT INTO incident_authority (id, working_group_id, name, kind, active) VALUES (@id, @groupId, @name, @kind, @active)
        """;

    public static StateWrite InsertAuthority(Guid groupId, IncidentAuthority a) => new(InsertAuthorityRow, AuthorityParameters(groupId, a));

    private const string UpdateAuthorityRow = """
        UPDATE incident_authority SET name = @name, kind = @kind, active = @active WHERE id = @id AND working_group_id = @groupId
        """;

    public static StateWrite UpdateAuthority(Guid groupId, IncidentAuthority a) => new(UpdateAuthorityRow, AuthorityParameters(groupId, a));

    private const string InsertHandlerRow = "INSERT INTO incident_handler (working_group_id, user_id) VALUES (@groupId, @userId)";

    public static StateWrite InsertHandler(Guid groupId, string userId) => new(InsertHandlerRow, new { groupId, userId });

    private const string DeleteHandlerRow = "DELETE FROM incident_handler WHERE working_group_id = @groupId AND user_id = @userId";

    public static StateWrite DeleteHandler(Guid groupId, string userId) => new(DeleteHandlerRow, new { groupId, userId });

    private static object AuthorityParameters(Guid groupId, IncidentAuthority a) => new
    {
        id = a.Id,
        groupId,
        name = a.Name,
        kind = EnumText.ToText(a.Kind),
        active = a.Active,
    };

    private static object Parameters(IncidentSettings s, long expected) => new
    {
        groupId = s.GroupId,
        intakeOpen = s.IntakeOpen,
        retentionDays = s.RetentionDays,
        followUpDays = s.FollowUpDays,
        version = s.Version,
        expected,
    };
}
