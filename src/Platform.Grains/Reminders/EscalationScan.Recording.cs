namespace Platform.Grains.Reminders;

/// <summary>Remembering escalations, after the facilitators were told.</summary>
public sealed partial class EscalationScan
{
    // ON CONFLICT DO NOTHING (SQLite 3.24+, PostgreSQL 9.5+): a retry after a crash, or a second host, inserts nothing twice.
    private const string InsertEscalation = """
        INSERT INTO action_item_escalation (id, action_item_id, working_group_id, reason, basis, escalated_at)
        VALUES (@id, @itemId, @groupId, @reason, @basis, @now)
        ON CONFLICT (action_item_id, reason, basis) DO NOTHING
        """;

    /// <summary>
    /// Records the escalations (one transaction), which turns on the board's "escalated" flag. Called after the notifier,
    /// so a crash in between leaves the item a candidate: the next scan notifies again (deduplicated) and records it.
    /// </summary>
    public async Task<int> RecordAsync(IReadOnlyList<DueEscalation> escalations, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(escalations);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(InsertEscalation, escalations.Select(e => new
        {
            id = Guid.NewGuid().ToString("D"),
            itemId = e.ItemId,
            groupId = e.GroupId,
            reason = e.Reason == EscalationReason.Overdue ? "overdue" : "stale",
            basis = e.Basis,
            now = StoredTime.Write(now),
        }), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return inserted;
    }
}
