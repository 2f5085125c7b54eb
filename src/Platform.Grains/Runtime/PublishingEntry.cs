using Platform.Grains.Journal;

namespace Platform.Grains.Runtime;

/// <summary>
/// The committed journal entry whose event <see cref="GrainPersistence"/> is publishing right now, visible to listeners
/// while the bus calls them (same async flow) and null anywhere else. The live forwarder names a change by this entry's
/// kind and key instead of reading the row it just wrote back from the database inside the grain's turn.
/// </summary>
public static class PublishingEntry
{
    private static readonly AsyncLocal<JournalEntry?> CurrentEntry = new();

    /// <summary>The entry behind the event being published, or null outside a publish.</summary>
    public static JournalEntry? Current => CurrentEntry.Value;

    internal static async Task PublishAsync<TEvent>(IEventBus events, TEvent domainEvent, JournalEntry entry)
        where TEvent : notnull
    {
        CurrentEntry.Value = entry;
        try
        {
            // Not the caller's token: the change is committed, and listeners must hear of it even if the caller gave up.
            await events.PublishAsync(domainEvent, CancellationToken.None);
        }
        finally
        {
            CurrentEntry.Value = null;
        }
    }
}
