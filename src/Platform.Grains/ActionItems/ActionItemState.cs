namespace Platform.Grains.ActionItems;

/// <summary>One stored action item. Origin ids name the meeting, outcome and agenda item it came from, when it did.</summary>
[GenerateSerializer, Immutable, Alias("rt.ActionItemState")]
public sealed record ActionItemState(
    Guid Id,
    Guid GroupId,
    ActionItemDetails Details,
    ActionItemStatus Status,
    ActionItemOrigin? Origin,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>The follow-up outcome an item was created from; any part may be missing.</summary>
[GenerateSerializer, Immutable, Alias("rt.ActionItemOrigin")]
public sealed record ActionItemOrigin(Guid? MeetingId, Guid? OutcomeId, Guid? AgendaItemId);

/// <summary>One progress entry: a comment, the status change it made, and an evidence link.</summary>
[GenerateSerializer, Immutable, Alias("rt.ActionItemUpdate")]
public sealed record ActionItemUpdate(
    Guid Id,
    string Text,
    ActionItemStatus? From,
    ActionItemStatus? To,
    string? EvidenceLink,
    string CreatedBy,
    DateTimeOffset CreatedAt);
