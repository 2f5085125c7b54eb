namespace Platform.Grains.ActionItems;

/// <summary>One journal line about an item: what was done, by whom, when.</summary>
public sealed record ActionItemJournalLine(string Action, string Summary, string? ActorName, DateTimeOffset OccurredAt);

/// <summary>The journal's trail for one action item, oldest first.</summary>
public sealed class ActionItemHistory(Database database)
{
    private const string SelectJournal = """
        SELECT j.action AS Action, j.summary AS Summary, u.display_name AS ActorName, j.occurred_at AS OccurredAt
        FROM journal_entry j
        LEFT JOIN user_account u ON u.id = j.actor
        WHERE j.entity_kind = 'action_item'
          AND j.entity_key = @itemId
        ORDER BY j.seq
        """;

    public async Task<IReadOnlyList<ActionItemJournalLine>> JournalAsync(Guid itemId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Action, string Summary, string? ActorName, DateTimeOffset OccurredAt)>(
            new CommandDefinition(SelectJournal, new { itemId }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new ActionItemJournalLine(r.Action, r.Summary, r.ActorName, r.OccurredAt))];
    }
}
