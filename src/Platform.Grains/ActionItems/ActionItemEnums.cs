namespace Platform.Grains.ActionItems;

/// <summary>Where an action item stands. Stored as snake_case text; done and cancelled are closed.</summary>
[GenerateSerializer, Alias("rt.ActionItemStatus")]
public enum ActionItemStatus
{
    Open,
    InProgress,
    Blocked,
    Done,
    Cancelled,
}

/// <summary>How urgent an item is. Stored as <c>low</c>, <c>normal</c>, <c>high</c>.</summary>
[GenerateSerializer, Alias("rt.ActionItemPriority")]
public enum ActionItemPriority
{
    Low,
    Normal,
    High,
}

public static class ActionItemStatusExtensions
{
    /// <summary>Done or cancelled: never overdue, not carried to the next meeting.</summary>
    public static bool IsClosed(this ActionItemStatus status) => status is ActionItemStatus.Done or ActionItemStatus.Cancelled;
}
