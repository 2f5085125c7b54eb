namespace Platform.Grains.WorkingGroups;

/// <summary>Every working-group event names its group and journal seq, so one listener can forward them all (live updates).</summary>
public interface IWorkingGroupEvent
{
    Guid GroupId { get; }

    long Seq { get; }
}

public sealed record WorkingGroupCreated(Guid GroupId, long Seq) : JournalledEvent, IWorkingGroupEvent;

public sealed record GroupDetailsUpdated(Guid GroupId, long Seq) : JournalledEvent, IWorkingGroupEvent;

public sealed record GroupStatusChanged(Guid GroupId, GroupStatus Status, long Seq) : JournalledEvent, IWorkingGroupEvent;

public sealed record MemberAdded(Guid GroupId, string UserId, GroupRole Role, long Seq) : JournalledEvent, IWorkingGroupEvent;

public sealed record MemberRoleChanged(Guid GroupId, string UserId, GroupRole Role, long Seq) : JournalledEvent, IWorkingGroupEvent;

public sealed record MemberRemoved(Guid GroupId, string UserId, long Seq) : JournalledEvent, IWorkingGroupEvent;
