namespace Platform.Grains.ActionItems;

/// <summary>One action item and its progress. Refusals throw <see cref="RuleException"/>.</summary>
public interface IActionItemGrain : IGrainWithGuidKey
{
    /// <summary>Creates the item; owners must hold a seat in the group (a person), and the owning organisation must be seated there.</summary>
    Task<ActionItemState> CreateAsync(CreateActionItem command);

    /// <summary>Changes title, description, owner, due date or priority.</summary>
    Task<ActionItemState> UpdateAsync(UpdateActionItem command);

    /// <summary>Adds a progress comment, optionally changing the status and linking evidence.</summary>
    Task<ActionItemUpdate> AddProgressAsync(AddActionItemProgress command);

    /// <summary>The item, or null when it does not exist.</summary>
    Task<ActionItemState?> GetAsync();
}
