namespace Platform.Grains.Incidents;

/// <summary>
/// Which incidents a person may name when they write something that answers one (a commitment): the open incidents of
/// the group that <see cref="IncidentAudience"/> lets them see at least as a shared summary, by number and kind only.
/// The list a form offers and the check a grain makes are this one query, so a forged post cannot name another.
/// </summary>
public sealed class IncidentLinks(IncidentQueries queries)
{
    public async Task<IReadOnlyList<AgendaIncident>> ChoicesAsync(Guid groupId, string userId, CancellationToken cancellationToken = default)
    {
        var viewer = await queries.ViewerAsync(userId, groupId, cancellationToken);
        var register = await queries.RegisterAsync(groupId, viewer, new IncidentRegisterFilter(OpenOnly: true), cancellationToken);
        return [.. register.Rows.Where(r => r.Status.IsOpen()).OrderBy(r => r.Number).Select(r => new AgendaIncident(r.Id, r.Number, r.Kind))];
    }

    /// <summary>The incident as a link label (number and kind) when <paramref name="userId"/> may see it, open or closed; otherwise null.</summary>
    public async Task<AgendaIncident?> ShownAsync(Guid groupId, Guid incidentId, string? userId, CancellationToken cancellationToken = default)
    {
        var viewer = await queries.ViewerAsync(userId, groupId, cancellationToken);
        var register = await queries.RegisterAsync(groupId, viewer, null, cancellationToken);
        return register.Rows.FirstOrDefault(r => r.Id == incidentId) is { } row ? new AgendaIncident(row.Id, row.Number, row.Kind) : null;
    }

    public async Task<bool> MayNameAsync(Guid groupId, Guid incidentId, string userId, CancellationToken cancellationToken = default) =>
        (await ChoicesAsync(groupId, userId, cancellationToken)).Any(i => i.Id == incidentId);
}
