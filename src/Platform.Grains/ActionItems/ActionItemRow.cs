namespace Platform.Grains.ActionItems;

/// <summary>The action_item row as Dapper reads it (ids and times typed, enumerations as their text).</summary>
internal sealed record ActionItemRow(
    Guid GroupId,
    string Title,
    string? Description,
    string? OwnerUserId,
    Guid? OwnerOrganisationId,
    LocalDate? DueDate,
    string Priority,
    string Status,
    Guid? MeetingId,
    Guid? OutcomeId,
    Guid? AgendaItemId,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public ActionItemState ToState(Guid id)
    {
        var details = new ActionItemDetails(
            Title,
            Description,
            OwnerUserId,
            OwnerOrganisationId,
            DueDate,
            EnumText.Parse<ActionItemPriority>(Priority));
        var origin = MeetingId is null && OutcomeId is null && AgendaItemId is null
            ? null
            : new ActionItemOrigin(MeetingId, OutcomeId, AgendaItemId);
        return new ActionItemState(id, GroupId, details, EnumText.Parse<ActionItemStatus>(Status), origin, Version, CreatedAt, UpdatedAt);
    }
}
