namespace Platform.Grains.MeetingRecords;

/// <summary>Every record event names its group, meeting and journal seq, so one listener can forward them all (live updates).</summary>
public interface IMeetingRecordEvent : IWorkingGroupEvent
{
    Guid MeetingId { get; }
}

public sealed record RecordDraftChanged(Guid GroupId, Guid MeetingId, string Action, long Seq) : JournalledEvent, IMeetingRecordEvent;

/// <summary>
/// A follow-up outcome was recorded. SEAM for the action-item issue: subscribe to this event (or call
/// <c>IActionItemGrain.CreateFromOutcomeAsync</c> from a handler) to turn it into an action item in one step.
/// </summary>
public sealed record FollowUpRecorded(Guid GroupId, Guid MeetingId, Guid OutcomeId, Guid AgendaItemId, string Text, string ActorId, long Seq) : JournalledEvent, IMeetingRecordEvent;

/// <summary>Revision <paramref name="Revision"/> was published (1) or corrected (2+); <paramref name="Participants"/> were notified.</summary>
public sealed record RecordPublished(Guid GroupId, Guid MeetingId, int Revision, IReadOnlyList<string> Participants, long Seq) : JournalledEvent, IMeetingRecordEvent;

public sealed record RecordAcknowledged(Guid GroupId, Guid MeetingId, int Revision, string UserId, long Seq) : JournalledEvent, IMeetingRecordEvent;
