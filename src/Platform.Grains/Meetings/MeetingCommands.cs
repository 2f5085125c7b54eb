namespace Platform.Grains.Meetings;

[GenerateSerializer, Immutable, Alias("rt.ScheduleMeeting")]
public sealed record ScheduleMeeting(Guid GroupId, MeetingDetails Details, string ActorId);

/// <summary><paramref name="ExpectedVersion"/> is the meeting's calendar sequence the form showed (see <see cref="MeetingState.EditVersion"/>).</summary>
[GenerateSerializer, Immutable, Alias("rt.EditMeeting")]
public sealed record EditMeeting(MeetingDetails Details, string ActorId, long? ExpectedVersion = null);

/// <summary><paramref name="Confirmed"/>: the person saw who will be told and said yes; without it nothing is cancelled.</summary>
[GenerateSerializer, Immutable, Alias("rt.CancelMeeting")]
public sealed record CancelMeeting(string ActorId, bool Confirmed);

/// <summary>An agenda line as the form sends it: an existing item keeps its id (and its status); a new one has none.</summary>
[GenerateSerializer, Immutable, Alias("rt.AgendaLine")]
public sealed record AgendaLine(Guid? Id, string Title, string? PresenterUserId, int? MinutesAllotted, Guid? CarriedFromId, Guid? IncidentId = null)
{
    public string Title { get; init => field = SingleLine.Clean(value); } = SingleLine.Clean(Title);
}

/// <summary>The whole agenda in order: items left out are removed, new ones added, the order is the list's.</summary>
[GenerateSerializer, Immutable, Alias("rt.SetAgenda")]
public sealed record SetAgenda(IReadOnlyList<AgendaLine> Lines, string ActorId, long? ExpectedVersion = null);

[GenerateSerializer, Immutable, Alias("rt.RespondToMeeting")]
public sealed record RespondToMeeting(string UserId, RsvpResponse Response, string? DelegateUserId);

/// <summary>What a series edit may change on every occurrence it reaches.</summary>
[GenerateSerializer, Immutable, Alias("rt.SeriesChanges")]
public sealed record SeriesChanges(string Title, LocalTime StartTime, int DurationMinutes, string? Place, string? OnlineLink)
{
    public string Title { get; init => field = SingleLine.Clean(value); } = SingleLine.Clean(Title);

    public string? Place { get; init => field = SingleLine.Clean(value); } = SingleLine.Clean(Place);

    public string? OnlineLink { get; init => field = SingleLine.Clean(value); } = SingleLine.Clean(OnlineLink);

    /// <summary>The meeting these changes make on <paramref name="slot"/>, in the series' own time zone.</summary>
    public MeetingDetails On(LocalDate slot)
    {
        var starts = slot + StartTime;
        return new MeetingDetails(Title, starts, starts.PlusMinutes(DurationMinutes), Place, OnlineLink);
    }
}

/// <summary>
/// <paramref name="ConfirmedFirst"/> is the first meeting's date the person was shown when the rule moves it off the
/// pattern's first date ("first Tuesday" from a Thursday); without it such a series is refused, nothing created.
/// </summary>
[GenerateSerializer, Immutable, Alias("rt.CreateSeries")]
public sealed record CreateSeries(Guid GroupId, SeriesPattern Pattern, SeriesChanges Details, string ActorId, LocalDate? ConfirmedFirst = null);

/// <summary><paramref name="ExpectedVersion"/> is the edit version of the occurrence at <paramref name="FromSlot"/> the form showed.</summary>
[GenerateSerializer, Immutable, Alias("rt.EditSeriesFrom")]
public sealed record EditSeriesFrom(LocalDate FromSlot, SeriesChanges Changes, string ActorId, long? ExpectedVersion = null);

/// <summary><paramref name="Confirmed"/>: as for <see cref="CancelMeeting"/>, nothing is cancelled without it.</summary>
[GenerateSerializer, Immutable, Alias("rt.CancelSeriesFrom")]
public sealed record CancelSeriesFrom(LocalDate FromSlot, string ActorId, bool Confirmed);

/// <summary>An occurrence as its series plans it, sent to the meeting grain keyed by the occurrence's id.</summary>
[GenerateSerializer, Immutable, Alias("rt.CreateOccurrence")]
public sealed record CreateOccurrence(Guid GroupId, Guid SeriesId, LocalDate Slot, SeriesChanges Details, string TimeZone, long SeriesVersion, string? ActorId);

/// <summary>Series version <paramref name="SeriesVersion"/> changed the details of the occurrences from some slot on.</summary>
[GenerateSerializer, Immutable, Alias("rt.ApplySeriesChange")]
public sealed record ApplySeriesChange(Guid SeriesId, SeriesChanges Changes, long SeriesVersion, string? ActorId);

/// <summary>Series version <paramref name="SeriesVersion"/> cancelled the occurrences from some slot on.</summary>
[GenerateSerializer, Immutable, Alias("rt.CancelFromSeries")]
public sealed record CancelFromSeries(Guid SeriesId, long SeriesVersion, string? ActorId);

/// <summary>Invites everyone seated now; <paramref name="ActorId"/> is who sent them (for a planned send, who planned it).</summary>
[GenerateSerializer, Immutable, Alias("rt.SendInvitations")]
public sealed record SendInvitations(string? ActorId);

/// <summary>Has the invitations go out by themselves at <paramref name="At"/> (before the meeting starts); null cancels a planned send.</summary>
[GenerateSerializer, Immutable, Alias("rt.PlanInvitations")]
public sealed record PlanInvitations(DateTimeOffset? At, string ActorId);
