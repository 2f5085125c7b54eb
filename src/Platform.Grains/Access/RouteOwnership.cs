namespace Platform.Grains.Access;

/// <summary>
/// Things inside a working group are addressed as <c>/groups/{groupId}/…/{meetingId}</c>. Access is decided on the
/// group, so every such id must belong to that group; otherwise a member of group A could open group B's meeting
/// by pairing A's id with B's meeting id. The group policy checks this for every route, in one place.
/// </summary>
public sealed class RouteOwnership(Database database)
{
    private const string SelectMeetingGroup = "SELECT working_group_id FROM meeting WHERE id = @Id";

    private const string SelectCommitmentGroup = "SELECT working_group_id FROM commitment WHERE id = @Id";
    private const string SelectActionItemGroup = "SELECT working_group_id FROM action_item WHERE id = @Id";

    /// <summary>Route value name → the query that returns the owning working group's id. Add a row per new concept.</summary>
    private static readonly Dictionary<string, string> OwnerQueries = new(StringComparer.Ordinal)
    {
        ["meetingId"] = SelectMeetingGroup,
        ["commitmentId"] = SelectCommitmentGroup,
        ["itemId"] = SelectActionItemGroup,
    };

    public static IReadOnlyCollection<string> RouteValues => OwnerQueries.Keys;

    /// <summary>True when the thing named by <paramref name="routeValue"/> = <paramref name="id"/> exists and belongs to <paramref name="groupId"/>.</summary>
    public async Task<bool> BelongsToAsync(string routeValue, string id, Guid groupId, CancellationToken cancellationToken = default)
    {
        if (!OwnerQueries.TryGetValue(routeValue, out var query) || !Guid.TryParse(id, out var parsed))
        {
            return false;
        }

        var owner = await database.ExecuteScalarAsync<string?>(query, new { Id = parsed.ToString() }, cancellationToken);
        return owner is not null && Guid.TryParse(owner, out var ownerId) && ownerId == groupId;
    }
}
