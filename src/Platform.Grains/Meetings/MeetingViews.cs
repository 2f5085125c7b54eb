namespace Platform.Grains.Meetings;

/// <summary>A line in a calendar or "upcoming" list.</summary>
public sealed record MeetingListItem(Guid Id, Guid GroupId, string GroupName, string Title, DateTimeOffset StartsUtc, DateTimeOffset EndsUtc, string TimeZone, MeetingStatus Status);

/// <summary>One answer with the names a facilitator needs to read it.</summary>
public sealed record ResponseView(string UserId, string DisplayName, string OrganisationName, RsvpResponse Response, string? DelegateUserId, string? DelegateName, DateTimeOffset RespondedAt);

/// <summary>A seat in the group, as offered for presenters, delegates and invitations.</summary>
public sealed record SeatView(string UserId, string DisplayName, Guid OrganisationId, string OrganisationName);

/// <summary>An agenda item of an earlier meeting that was not dealt with and can be carried to the next one.</summary>
public sealed record BacklogItem(Guid AgendaItemId, Guid MeetingId, string MeetingTitle, DateTimeOffset MeetingStartsUtc, string Title, string? PresenterUserId, int? MinutesAllotted, AgendaItemStatus Status);

/// <summary>Who an invitation goes to: address, language and time zone of each member of the group.</summary>
public sealed record Invitee(string UserId, string Email, string DisplayName, string? PreferredLanguage, string? TimeZone);

/// <summary>An open action item offered for a meeting's agenda (see <see cref="IActionItemBacklog"/>).</summary>
public sealed record BacklogActionItem(Guid ActionItemId, string Title, string? OwnerUserId);
