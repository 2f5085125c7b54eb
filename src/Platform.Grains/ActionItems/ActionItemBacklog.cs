namespace Platform.Grains.ActionItems;

/// <summary>Carry-forward: the group's open items (not done, not cancelled) offered to the next meeting's agenda.</summary>
public sealed class ActionItemBacklog(Database database) : IActionItemBacklog
{
    private const string SelectOpen = """
        SELECT id AS ActionItemId, title AS Title, owner_user_id AS OwnerUserId
        FROM action_item
        WHERE working_group_id = @groupId
          AND status NOT IN ('done', 'cancelled')
        ORDER BY due_date IS NULL, due_date, created_at
        """;

    public async Task<IReadOnlyList<BacklogActionItem>> OpenItemsAsync(Guid groupId, CancellationToken cancellationToken = default)
    {
        return [.. await database.QueryAsync<BacklogActionItem>(SelectOpen, new { groupId }, cancellationToken)];
    }
}
