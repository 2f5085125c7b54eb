namespace Platform.Grains.Meetings;

/// <summary>What a facilitator types for one meeting: local times are in the group's time zone.</summary>
[GenerateSerializer, Immutable, Alias("rt.MeetingDetails")]
public sealed record MeetingDetails(string Title, LocalDateTime Starts, LocalDateTime Ends, string? Place, string? OnlineLink)
{
    /// <summary>One line however the details were made (<see cref="SingleLine"/>): the title goes into mail subjects.</summary>
    public string Title { get; init => field = SingleLine.Clean(value); } = SingleLine.Clean(Title);

    public string? Place { get; init => field = SingleLine.Clean(value); } = SingleLine.Clean(Place);

    public string? OnlineLink { get; init => field = SingleLine.Clean(value); } = SingleLine.Clean(OnlineLink);

    /// <summary>Each problem with the field it belongs to; end before start is refused, past dates are allowed.</summary>
    public IEnumerable<(string Field, MeetingRule Code)> Problems()
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            yield return ("Title", MeetingRule.TitleRequired);
        }
        else if (Title.Trim().Length > 200)
        {
            yield return ("Title", MeetingRule.TitleTooLong);
        }

        if (Ends <= Starts)
        {
            yield return ("Ends", MeetingRule.EndBeforeStart);
        }

        if (Place is { Length: > 500 })
        {
            yield return ("Place", MeetingRule.PlaceTooLong);
        }

        if (OnlineLink is not null && !WebLink.IsSafe(OnlineLink))
        {
            yield return ("OnlineLink", MeetingRule.OnlineLinkInvalid);
        }
    }

    public MeetingDetails Normalized() => this with
    {
        Title = Title.Trim(),
        Place = string.IsNullOrWhiteSpace(Place) ? null : Place.Trim(),
        OnlineLink = string.IsNullOrWhiteSpace(OnlineLink) ? null : OnlineLink.Trim(),
    };
}

/// <summary>
/// One agenda item as planned; presenter is a person and the organisation they speak for. Whether the meeting reached
/// it belongs to its record (<see cref="MeetingRecords.AgendaEntry"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("rt.AgendaItem")]
/// <param name="IncidentId">The incident of the group the item deals with (shown as "Incident N (kind)" only to those who see it).</param>
public sealed record AgendaItem(Guid Id, string Title, string? PresenterUserId, Guid? PresenterOrganisationId, int? MinutesAllotted, Guid? CarriedFromId, Guid? IncidentId = null);

/// <summary>A meeting as stored: local times with the zone they are in, the instants computed from them, its agenda.</summary>
[GenerateSerializer, Immutable, Alias("rt.MeetingState")]
public sealed record MeetingState(
    Guid Id,
    Guid GroupId,
    Guid? SeriesId,
    LocalDate? SeriesSlot,
    MeetingDetails Details,
    string TimeZone,
    DateTimeOffset StartsUtc,
    DateTimeOffset EndsUtc,
    MeetingStatus Status,
    bool Detached,
    long Sequence,
    long Version,
    DateTimeOffset CreatedAt,
    IReadOnlyList<AgendaItem> Agenda)
{
    /// <summary>
    /// The version an edit form carries: the calendar sequence, which moves with the details and the agenda. An RSVP
    /// moves <see cref="Version"/> too, and must not refuse a facilitator's edit of what nobody else changed.
    /// </summary>
    public long EditVersion => Sequence;

    /// <summary>The version of its series this occurrence last took (null outside a series); asked again for it, it changes nothing.</summary>
    [Id(100)]
    public long? SeriesVersion { get; init; }

    /// <summary>
    /// When everyone seated was invited (null: nobody yet, so a change or cancellation tells nobody). A series occurrence
    /// counts as invited once any occurrence of its series was: its series' invitation names every date.
    /// </summary>
    [Id(101)]
    public DateTimeOffset? InvitationsSentAt { get; init; }

    /// <summary>When the invitations are to go out by themselves (with the agenda as it is then); null when not planned.</summary>
    [Id(102)]
    public DateTimeOffset? InvitationsDueAt { get; init; }

    /// <summary>Who planned <see cref="InvitationsDueAt"/>: the journal names them when the scan sends.</summary>
    [Id(103)]
    public string? InvitationsDueBy { get; init; }

    /// <summary>Whether a series edit still reaches this occurrence: neither edited on its own nor started.</summary>
    public bool FollowsSeriesEdit(DateTimeOffset now) => !Detached && StartsUtc > now;

    /// <summary>Whether cancelling the rest of its series still reaches this occurrence: scheduled and not started.</summary>
    public bool FollowsSeriesCancel(DateTimeOffset now) => Status == MeetingStatus.Scheduled && StartsUtc > now;
}

/// <summary>A meeting's answer from one person; the delegate acts for the same organisation.</summary>
[GenerateSerializer, Immutable, Alias("rt.MeetingResponse")]
public sealed record MeetingResponse(string UserId, RsvpResponse Response, string? DelegateUserId, DateTimeOffset RespondedAt);

/// <summary>An RSVP. Stored as <c>attending</c>, <c>not_attending</c> or <c>maybe</c>.</summary>
[GenerateSerializer, Alias("rt.RsvpResponse")]
public enum RsvpResponse
{
    Attending,
    NotAttending,
    Maybe,
}
