namespace Platform.Grains.Journal;

/// <summary>What a command asks the journal to record; seq, time and hashes are assigned on append.</summary>
/// <param name="Summary">Human-readable and free of sensitive fields: journal rows can never be redacted.</param>
/// <param name="Day">
/// When set, the entry keeps no time finer than this day (a report through the public form): occurred_at is the day at
/// noon UTC (<see cref="JournalWriter.DayOnly"/>), so that reading it in any zone within ±11 h gives back the same date.
/// </param>
public sealed record NewJournalEntry(
    Guid? WorkingGroupId,
    string EntityKind,
    string EntityKey,
    string Action,
    string? Actor,
    string Summary,
    NodaTime.LocalDate? Day = null);
