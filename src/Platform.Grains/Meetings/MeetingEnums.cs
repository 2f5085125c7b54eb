namespace Platform.Grains.Meetings;

/// <summary>Whether a meeting will take place. Stored as <c>scheduled</c> or <c>cancelled</c>.</summary>
[GenerateSerializer, Alias("rt.MeetingStatus")]
public enum MeetingStatus
{
    Scheduled,
    Cancelled,
}

/// <summary>How a series repeats: every week, every month on the n-th weekday, every three months on the n-th weekday.</summary>
[GenerateSerializer, Alias("rt.RecurrenceRule")]
public enum RecurrenceRule
{
    Weekly,
    MonthlyNthWeekday,
    Quarterly,
}

/// <summary>Whether the meeting reached an agenda item; items not reached are offered to the next meeting.</summary>
[GenerateSerializer, Alias("rt.AgendaItemStatus")]
public enum AgendaItemStatus
{
    Open,
    Reached,
    NotReached,
}

/// <summary>What a series' current version asks of its occurrences. Stored as <c>created</c>, <c>edited</c> or <c>cancelled</c>.</summary>
public enum SeriesChange
{
    Created,
    Edited,
    Cancelled,
}
