namespace Platform.Grains.Events;

/// <summary>Which committed change an event reports: its group, the entity (kind and key) and its journal seq.</summary>
public sealed record EventIdentity(Guid? WorkingGroupId, string EntityKind, string EntityKey, long Seq)
{
    public static EventIdentity Of(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.WorkingGroupId, entry.EntityKind, entry.EntityKey, entry.Seq);
    }
}

/// <summary>
/// A domain event a grain publishes after a commit. It carries the identity of the journal entry committed with it
/// (filled in by <c>GrainPersistence</c>), so a listener names the change without reading it back or relying on context.
/// </summary>
public abstract record JournalledEvent
{
    /// <summary>The committed entry this event reports; set when the event is published.</summary>
    public EventIdentity Identity { get; private init; } = new(null, "", "", 0);

    /// <summary>This event with <paramref name="entry"/>'s identity.</summary>
    internal JournalledEvent IdentifiedBy(JournalEntry entry) => this with { Identity = EventIdentity.Of(entry) };

    // Two events are the same when their own values are: the identity only restates the seq they already carry.
    public virtual bool Equals(JournalledEvent? other) => other is not null && EqualityContract == other.EqualityContract;

    public override int GetHashCode() => EqualityContract.GetHashCode();
}
