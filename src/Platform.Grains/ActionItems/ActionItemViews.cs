namespace Platform.Grains.ActionItems;

/// <summary>
/// One item on a board or list. <see cref="Overdue"/> is judged against today in the group's time zone;
/// <see cref="Escalated"/> says the facilitators were told about it for the item's current due date or last update.
/// </summary>
public sealed record ActionItemView(
    Guid Id,
    Guid GroupId,
    string GroupName,
    string Title,
    string? OwnerUserId,
    string? OwnerName,
    Guid? OwnerOrganisationId,
    string? OwnerOrganisationName,
    LocalDate? DueDate,
    ActionItemPriority Priority,
    ActionItemStatus Status,
    bool Overdue,
    bool Escalated = false);

/// <summary>What the board shows: all, or narrowed to an owner organisation, a person, or overdue items.</summary>
public sealed record BoardFilter(Guid? OwnerOrganisationId = null, string? OwnerUserId = null, bool OverdueOnly = false);

/// <summary>A progress entry as the item page shows it, with the author's name.</summary>
public sealed record ActionItemUpdateView(
    string Text,
    ActionItemStatus? From,
    ActionItemStatus? To,
    string? EvidenceLink,
    string AuthorName,
    DateTimeOffset CreatedAt);

/// <summary>Someone or some organisation an item can be given to (the group's seats).</summary>
public sealed record OwnerChoice(string UserId, string Name, Guid OrganisationId, string OrganisationName);
