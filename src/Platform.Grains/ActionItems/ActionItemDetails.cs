namespace Platform.Grains.ActionItems;

/// <summary>What a member types for an item. An owner is a person, an organisation, or both; the due date is local to the group.</summary>
[GenerateSerializer, Immutable, Alias("rt.ActionItemDetails")]
public sealed record ActionItemDetails(
    string Title,
    string? Description,
    string? OwnerUserId,
    Guid? OwnerOrganisationId,
    LocalDate? DueDate,
    ActionItemPriority Priority)
{
    public string Title { get; init => field = SingleLine.Clean(value); } = SingleLine.Clean(Title);

    /// <summary>Each problem with the field it belongs to.</summary>
    public IEnumerable<(string Field, ActionItemRule Code)> Problems()
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            yield return ("Title", ActionItemRule.TitleRequired);
        }
        else if (Title.Trim().Length > 200)
        {
            yield return ("Title", ActionItemRule.TitleTooLong);
        }

        if (Description is { Length: > 4000 })
        {
            yield return ("Description", ActionItemRule.DescriptionTooLong);
        }

        if (OwnerUserId is null && OwnerOrganisationId is null)
        {
            yield return ("Owner", ActionItemRule.OwnerRequired);
        }
    }

    public ActionItemDetails Trimmed() => this with
    {
        Title = Title.Trim(),
        Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim(),
        OwnerUserId = string.IsNullOrWhiteSpace(OwnerUserId) ? null : OwnerUserId,
    };
}
