namespace Platform.Web.ActionItems;

/// <summary>What an action item's page shows below its title, loaded the same way for the page and its live fragment.</summary>
public sealed record ActionItemBodyModel(
    ActionItemState Item,
    ActionItemView? View,
    MeetingState? Meeting,
    IReadOnlyList<ActionItemUpdateView> Updates,
    IReadOnlyList<ActionItemJournalLine> Journal,
    bool CanContribute,
    ViewerClock Clock)
{
    /// <summary>The item as <paramref name="user"/> reads it under <paramref name="groupId"/>'s route, or null when it is not that group's.</summary>
    public static async Task<ActionItemBodyModel?> LoadAsync(
        IGrainFactory grains, ActionItemQueries actions, ActionItemHistory history, GroupAccess access, Guid groupId, Guid itemId, ClaimsPrincipal user)
    {
        if (await grains.GetGrain<IActionItemGrain>(itemId).GetAsync() is not { } item || item.GroupId != groupId)
        {
            return null;
        }

        var meeting = item.Origin?.MeetingId is { } meetingId ? await grains.GetGrain<IMeetingGrain>(meetingId).GetAsync() : null;
        return new ActionItemBodyModel(
            item,
            (await actions.BoardAsync(groupId, new BoardFilter())).FirstOrDefault(i => i.Id == itemId),
            meeting?.GroupId == groupId ? meeting : null,
            await actions.UpdatesAsync(itemId),
            await history.JournalAsync(itemId),
            await access.CanAsync(user.UserId(), groupId, GroupAction.Contribute),
            ViewerClock.For(user));
    }
}
