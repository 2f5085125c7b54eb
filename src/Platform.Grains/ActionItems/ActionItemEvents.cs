namespace Platform.Grains.ActionItems;

/// <summary>Every action item event names its group and journal seq, so one listener can forward them all (live updates).</summary>
public interface IActionItemEvent
{
    Guid GroupId { get; }

    Guid ActionItemId { get; }

    long Seq { get; }
}

public sealed record ActionItemCreated(Guid GroupId, Guid ActionItemId, long Seq) : JournalledEvent, IActionItemEvent;

public sealed record ActionItemChanged(Guid GroupId, Guid ActionItemId, long Seq) : JournalledEvent, IActionItemEvent;

public sealed record ActionItemProgressed(Guid GroupId, Guid ActionItemId, ActionItemStatus Status, long Seq) : JournalledEvent, IActionItemEvent;
