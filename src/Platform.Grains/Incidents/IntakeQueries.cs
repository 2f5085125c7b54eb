namespace Platform.Grains.Incidents;

/// <summary>A group whose public report page is open: its id and name, all the public form shows of it.</summary>
public sealed record IntakeGroup(Guid Id, string Name);

/// <summary>What the public report pages read before any incident exists: the groups that take reports.</summary>
public sealed class IntakeQueries(Database database)
{
    private const string SelectOpen = """
        SELECT wg.id AS Id,
               wg.name AS Name
        FROM working_group wg
        JOIN incident_settings s ON s.working_group_id = wg.id
        WHERE s.intake_open = TRUE
        ORDER BY wg.name
        """;

    /// <summary>The groups whose intake is open, by name.</summary>
    public async Task<IReadOnlyList<IntakeGroup>> OpenGroupsAsync(CancellationToken cancellationToken = default)
    {
        return [.. await database.QueryAsync<IntakeGroup>(SelectOpen, cancellationToken: cancellationToken)];
    }

    /// <summary>The group, when its intake is open; null otherwise (closed, or no such group).</summary>
    public async Task<IntakeGroup?> OpenGroupAsync(Guid groupId, CancellationToken cancellationToken = default) =>
        (await OpenGroupsAsync(cancellationToken)).FirstOrDefault(g => g.Id == groupId);
}
