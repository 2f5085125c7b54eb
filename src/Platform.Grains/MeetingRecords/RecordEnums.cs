namespace Platform.Grains.MeetingRecords;

/// <summary>Whether an invitee came. Stored as <c>present</c>, <c>apologies</c> or <c>absent</c>.</summary>
public enum AttendanceStatus
{
    Present,
    Apologies,
    Absent,
}

/// <summary>What an agenda item led to: something said, a numbered decision, or a task to follow up.</summary>
public enum OutcomeKind
{
    Information,
    Decision,
    FollowUp,
}
