namespace Platform.Grains.Journal;

/// <summary>One recorded change, as read back from the journal.</summary>
public sealed record JournalEntry(
    long Seq,
    Guid? WorkingGroupId,
    string EntityKind,
    string EntityKey,
    string Action,
    string? Actor,
    DateTimeOffset OccurredAt,
    string Summary,
    string Hash);
