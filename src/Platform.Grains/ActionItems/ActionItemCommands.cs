namespace Platform.Grains.ActionItems;

[GenerateSerializer, Immutable, Alias("rt.CreateActionItem")]
public sealed record CreateActionItem(Guid GroupId, ActionItemDetails Details, ActionItemOrigin? Origin, string ActorId);

/// <summary>Replaces the details; <paramref name="ExpectedVersion"/> is the item version the form showed.</summary>
[GenerateSerializer, Immutable, Alias("rt.UpdateActionItem")]
public sealed record UpdateActionItem(ActionItemDetails Details, string ActorId, long? ExpectedVersion = null);

/// <summary>A progress comment; <paramref name="NewStatus"/> changes the status when it differs.</summary>
[GenerateSerializer, Immutable, Alias("rt.AddActionItemProgress")]
public sealed record AddActionItemProgress(string Text, ActionItemStatus? NewStatus, string? EvidenceLink, string ActorId);
