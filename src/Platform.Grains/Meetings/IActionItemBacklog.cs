namespace Platform.Grains.Meetings;

/// <summary>
/// Open action items of a group, offered for the next meeting's agenda beside the agenda items not reached.
/// Meetings own the question; action items answer it (ActionItems/ActionItemBacklog), so neither folder depends on the other.
/// </summary>
public interface IActionItemBacklog
{
    Task<IReadOnlyList<BacklogActionItem>> OpenItemsAsync(Guid groupId, CancellationToken cancellationToken = default);
}
