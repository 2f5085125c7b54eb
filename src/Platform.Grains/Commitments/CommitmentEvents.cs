namespace Platform.Grains.Commitments;

/// <summary>Every commitment event names its group and journal seq, so one listener can forward them all (live updates).</summary>
public interface ICommitmentEvent
{
    Guid GroupId { get; }

    long Seq { get; }
}

public sealed record CommitmentCreated(Guid GroupId, Guid CommitmentId, long Seq) : JournalledEvent, ICommitmentEvent;

public sealed record CommitmentChanged(Guid GroupId, Guid CommitmentId, long Seq) : JournalledEvent, ICommitmentEvent;

public sealed record CommitmentVerified(Guid GroupId, Guid CommitmentId, long Seq) : JournalledEvent, ICommitmentEvent;
