namespace Platform.Grains.Meetings;

/// <summary>Every meeting event names its group and journal seq, so one listener can forward them all (live updates).</summary>
public interface IMeetingEvent
{
    Guid GroupId { get; }

    long Seq { get; }
}

public sealed record MeetingScheduled(Guid GroupId, Guid MeetingId, long Seq) : JournalledEvent, IMeetingEvent;

public sealed record MeetingChanged(Guid GroupId, Guid MeetingId, long Seq) : JournalledEvent, IMeetingEvent;

public sealed record MeetingCancelled(Guid GroupId, Guid MeetingId, long Seq) : JournalledEvent, IMeetingEvent;

public sealed record AgendaChanged(Guid GroupId, Guid MeetingId, long Seq) : JournalledEvent, IMeetingEvent;

public sealed record MeetingResponded(Guid GroupId, Guid MeetingId, string UserId, long Seq) : JournalledEvent, IMeetingEvent;

/// <summary>
/// A meeting changed on its series' request, with its own journal entry. The series' event (<see cref="SeriesCreated"/>,
/// <see cref="SeriesChanged"/>) follows once every occurrence has the change, and names it for pages and mail.
/// </summary>
public interface IOccurrenceEvent : IMeetingEvent
{
    Guid MeetingId { get; }

    Guid SeriesId { get; }
}

public sealed record OccurrenceScheduled(Guid GroupId, Guid MeetingId, Guid SeriesId, long Seq) : JournalledEvent, IOccurrenceEvent;

public sealed record OccurrenceChanged(Guid GroupId, Guid MeetingId, Guid SeriesId, long Seq) : JournalledEvent, IOccurrenceEvent;

public sealed record OccurrenceCancelled(Guid GroupId, Guid MeetingId, Guid SeriesId, long Seq) : JournalledEvent, IOccurrenceEvent;

public sealed record SeriesCreated(Guid GroupId, Guid SeriesId, IReadOnlyList<Guid> MeetingIds, long Seq) : JournalledEvent, IMeetingEvent;

public sealed record SeriesChanged(Guid GroupId, Guid SeriesId, IReadOnlyList<Guid> MeetingIds, long Seq) : JournalledEvent, IMeetingEvent;

/// <summary>Everyone seated was invited to the meeting (or, from an occurrence, to its series).</summary>
public sealed record InvitationsSent(Guid GroupId, Guid MeetingId, long Seq) : JournalledEvent, IMeetingEvent;

/// <summary>The time the invitations go out by themselves was set or cleared.</summary>
public sealed record InvitationsPlanned(Guid GroupId, Guid MeetingId, long Seq) : JournalledEvent, IMeetingEvent;
