namespace Platform.Grains.Meetings;

/// <summary>
/// The seam where open action items of a group will be offered for the next meeting's agenda, beside the agenda
/// items not reached. The action-item issue replaces <see cref="NoActionItemBacklog"/> with a query over its table.
/// </summary>
public interface IActionItemBacklog
{
    Task<IReadOnlyList<BacklogActionItem>> OpenItemsAsync(Guid groupId, CancellationToken cancellationToken = default);
}

/// <summary>Until action items exist there are none to offer.</summary>
public sealed class NoActionItemBacklog : IActionItemBacklog
{
    public Task<IReadOnlyList<BacklogActionItem>> OpenItemsAsync(Guid groupId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<BacklogActionItem>>([]);
}
