namespace Platform.Grains.Calendar;

/// <summary>One meeting as a calendar client sees it; start and end are instants, shown in <paramref name="TimeZone"/>.</summary>
/// <param name="TimeZone">The group's IANA zone id, written as TZID with a matching VTIMEZONE.</param>
/// <param name="Sequence">The meeting's iCalendar SEQUENCE, bumped by the meeting grain on every change clients must notice.</param>
/// <param name="Description">Plain text (newlines allowed); the writer escapes it.</param>
public sealed record CalendarEvent(
    Guid MeetingId,
    Guid GroupId,
    string Title,
    DateTimeOffset Start,
    DateTimeOffset End,
    string TimeZone,
    string? Place,
    string? OnlineLink,
    string? Description,
    int Sequence,
    bool Cancelled,
    DateTimeOffset LastModified);
