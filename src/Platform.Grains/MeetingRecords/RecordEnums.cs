namespace Platform.Grains.MeetingRecords;

/// <summary>Whether an invitee came. Stored as <c>present</c>, <c>apologies</c> or <c>absent</c>.</summary>
[GenerateSerializer, Alias("rt.AttendanceStatus")]
public enum AttendanceStatus
{
    Present,
    Apologies,
    Absent,
}

/// <summary>What an agenda item led to: something said, a numbered decision, or a task to follow up.</summary>
[GenerateSerializer, Alias("rt.OutcomeKind")]
public enum OutcomeKind
{
    Information,
    Decision,
    FollowUp,
}
