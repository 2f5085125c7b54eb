namespace Platform.Grains.Journal;

/// <summary>What a command asks the journal to record; seq, time and hashes are assigned on append.</summary>
/// <param name="Summary">Human-readable and free of sensitive fields: journal rows can never be redacted.</param>
public sealed record NewJournalEntry(
    Guid? WorkingGroupId,
    string EntityKind,
    string EntityKey,
    string Action,
    string? Actor,
    string Summary);
