namespace Platform.Grains.Persistence;

/// <summary>
/// The one way a grain saves a change: the versioned state row and its journal entry in one transaction, then the
/// event after the commit. A grain assigns its new state only after this returns, so a failure changes nothing.
/// A change that calls for mail carries a <see cref="MailRequest"/>, written in the same transaction for the delivery job.
/// </summary>
public sealed class GrainPersistence(Database database, JournalWriter journal, IEventBus events, MailSignal mail)
{
    /// <summary>Commits <paramref name="write"/> and <paramref name="entry"/> together; throws <see cref="ConcurrencyConflictException"/> on a stale version.</summary>
    public Task<JournalEntry> CommitAsync(StateWrite write, NewJournalEntry entry, CancellationToken cancellationToken = default) =>
        CommitAsync(write, [], entry, cancellationToken);

    /// <summary>
    /// As <see cref="CommitAsync(StateWrite, NewJournalEntry, CancellationToken)"/>, also running <paramref name="related"/>
    /// (rows the grain owns beside its state row, e.g. memberships) after the versioned write, in the same transaction.
    /// Each must affect exactly one row too; otherwise nothing is written.
    /// </summary>
    public Task<JournalEntry> CommitAsync(StateWrite write, IReadOnlyList<StateWrite> related, NewJournalEntry entry, CancellationToken cancellationToken = default) =>
        CommitAsync(write, related, entry, null, cancellationToken);

    /// <summary>As the overload without <paramref name="request"/>, also writing the mail request (if any) in the same transaction.</summary>
    public async Task<JournalEntry> CommitAsync(StateWrite write, IReadOnlyList<StateWrite> related, NewJournalEntry entry, MailRequest? request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(related);
        ArgumentNullException.ThrowIfNull(entry);
        using var turn = await database.WaitToWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var appended = await journal.AppendAsync(connection, transaction, [write, .. related], entry, cancellationToken);
        if (request is not null)
        {
            await MailRequestStore.InsertAsync(connection, transaction, request, appended.Seq, appended.OccurredAt, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (request is not null)
        {
            mail.Kick();
        }

        return appended;
    }

    /// <summary>As <see cref="CommitAsync"/>, then publishes the event built from the committed entry (it carries the entry's identity).</summary>
    public Task<TEvent> CommitAndPublishAsync<TEvent>(StateWrite write, NewJournalEntry entry, Func<JournalEntry, TEvent> toEvent, CancellationToken cancellationToken = default)
        where TEvent : JournalledEvent =>
        CommitAndPublishAsync(write, [], entry, toEvent, cancellationToken);

    /// <summary>As <see cref="CommitAsync(StateWrite, IReadOnlyList{StateWrite}, NewJournalEntry, CancellationToken)"/>, then publishes.</summary>
    public Task<TEvent> CommitAndPublishAsync<TEvent>(StateWrite write, IReadOnlyList<StateWrite> related, NewJournalEntry entry, Func<JournalEntry, TEvent> toEvent, CancellationToken cancellationToken = default)
        where TEvent : JournalledEvent =>
        CommitAndPublishAsync(write, related, entry, null, toEvent, cancellationToken);

    /// <summary>As the overload without <paramref name="request"/>, also writing the mail request (if any) in the same transaction.</summary>
    public async Task<TEvent> CommitAndPublishAsync<TEvent>(
        StateWrite write, IReadOnlyList<StateWrite> related, NewJournalEntry entry, MailRequest? request, Func<JournalEntry, TEvent> toEvent, CancellationToken cancellationToken = default)
        where TEvent : JournalledEvent
    {
        ArgumentNullException.ThrowIfNull(toEvent);
        var appended = await CommitAsync(write, related, entry, request, cancellationToken);
        var domainEvent = toEvent(appended);
        return await PublishAsync(appended, domainEvent);
    }

    /// <summary>
    /// Publishes <paramref name="domainEvent"/> with the identity of <paramref name="entry"/>, committed earlier (directly
    /// above, or for a change that first had to reach other grains, a series' occurrences, before listeners hear of it).
    /// </summary>
    public async Task<TEvent> PublishAsync<TEvent>(JournalEntry entry, TEvent domainEvent)
        where TEvent : JournalledEvent
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(domainEvent);
        var identified = (TEvent)domainEvent.IdentifiedBy(entry);

        // Not the caller's token: the change is committed, and listeners must hear of it even if the caller gave up.
        await events.PublishAsync(identified, CancellationToken.None);
        return identified;
    }
}
