namespace Platform.Grains.Meetings;

/// <summary>Every meeting event names its group and journal seq, so one listener can forward them all (live updates).</summary>
public interface IMeetingEvent
{
    Guid GroupId { get; }

    long Seq { get; }
}

public sealed record MeetingScheduled(Guid GroupId, Guid MeetingId, long Seq) : IMeetingEvent;

/// <summary>A series occurrence came into being; the series' <see cref="SeriesCreated"/> follows once they all have.</summary>
public sealed record OccurrenceScheduled(Guid GroupId, Guid MeetingId, Guid SeriesId, long Seq) : IMeetingEvent;

public sealed record MeetingChanged(Guid GroupId, Guid MeetingId, long Seq) : IMeetingEvent;

public sealed record MeetingCancelled(Guid GroupId, Guid MeetingId, long Seq) : IMeetingEvent;

public sealed record AgendaChanged(Guid GroupId, Guid MeetingId, long Seq) : IMeetingEvent;

public sealed record MeetingResponded(Guid GroupId, Guid MeetingId, string UserId, long Seq) : IMeetingEvent;

public sealed record SeriesCreated(Guid GroupId, Guid SeriesId, IReadOnlyList<Guid> MeetingIds, long Seq) : IMeetingEvent;

public sealed record SeriesChanged(Guid GroupId, Guid SeriesId, IReadOnlyList<Guid> MeetingIds, long Seq) : IMeetingEvent;
