using Platform.Grains.Meetings;
using Platform.Grains.Storage;

namespace Platform.Grains.ActionItems;

/// <summary>The action_item row as Dapper reads it (text columns).</summary>
internal sealed record ActionItemRow(
    string GroupId,
    string Title,
    string? Description,
    string? OwnerUserId,
    string? OwnerOrganisationId,
    string? DueDate,
    string Priority,
    string Status,
    string? MeetingId,
    string? OutcomeId,
    string? AgendaItemId,
    long Version,
    string CreatedAt,
    string UpdatedAt)
{
    public ActionItemState ToState(Guid id)
    {
        var details = new ActionItemDetails(
            Title,
            Description,
            OwnerUserId,
            OwnerOrganisationId is null ? null : Guid.Parse(OwnerOrganisationId),
            DueDate is null ? null : MeetingTime.ReadDate(DueDate),
            EnumText.Parse<ActionItemPriority>(Priority));
        var origin = MeetingId is null && OutcomeId is null && AgendaItemId is null
            ? null
            : new ActionItemOrigin(Parse(MeetingId), Parse(OutcomeId), Parse(AgendaItemId));
        return new ActionItemState(id, Guid.Parse(GroupId), details, EnumText.Parse<ActionItemStatus>(Status), origin, Version,
            StoredTime.Read(CreatedAt), StoredTime.Read(UpdatedAt));
    }

    private static Guid? Parse(string? text) => text is null ? null : Guid.Parse(text);
}
