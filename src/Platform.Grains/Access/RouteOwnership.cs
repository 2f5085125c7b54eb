namespace Platform.Grains.Access;

/// <summary>
/// Things inside a working group are addressed as <c>/groups/{groupId}/…/{meetingId}</c>. Access is decided on the
/// group, so every such id must belong to that group; otherwise a member of group A could open group B's meeting
/// by pairing A's id with B's meeting id. The group policy checks this for every route, in one place
/// (<see cref="GroupAccess.CanAsync(string?, Guid, GroupAction, IReadOnlyDictionary{string, Guid}, CancellationToken)"/>).
/// </summary>
public static class RouteOwnership
{
    /// <summary>Route value name → the table whose row it names (with its working_group_id). Add a row per new concept.</summary>
    private static readonly Dictionary<string, string> OwnerTables = new(StringComparer.Ordinal)
    {
        ["meetingId"] = "meeting",
        ["commitmentId"] = "commitment",
        ["itemId"] = "action_item",
    };

    public static IReadOnlyCollection<string> RouteValues => OwnerTables.Keys;

    /// <summary>A condition, true when the row named by the parameter <c>@{routeValue}</c> exists and is group <c>@GroupId</c>'s.</summary>
    internal static string BelongsToGroup(string routeValue) =>
        $"EXISTS (SELECT 1 FROM {OwnerTables[routeValue]} WHERE id = @{routeValue} AND working_group_id = @GroupId)";
}
