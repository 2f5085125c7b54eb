namespace Platform.Grains.Journal;

/// <summary>A journal row exactly as stored, because the hash covers the stored text, not parsed values.</summary>
internal sealed record JournalRow
{
    /// <summary>The select list every read of whole journal rows uses, so each maps onto this record the same way.</summary>
    public const string Columns = """
        seq AS Seq,
        working_group_id AS WorkingGroupId,
        entity_kind AS EntityKind,
        entity_key AS EntityKey,
        action AS Action,
        actor AS Actor,
        occurred_at AS OccurredAt,
        summary AS Summary,
        prev_hash AS PrevHash,
        hash AS Hash
        """;

    public long Seq { get; init; }

    public string? WorkingGroupId { get; init; }

    public required string EntityKind { get; init; }

    public required string EntityKey { get; init; }

    public required string Action { get; init; }

    public string? Actor { get; init; }

    public required string OccurredAt { get; init; }

    public required string Summary { get; init; }

    public required string PrevHash { get; init; }

    public required string Hash { get; init; }

    public JournalEntry ToEntry() => new(
        Seq,
        WorkingGroupId is null ? null : Guid.Parse(WorkingGroupId, CultureInfo.InvariantCulture),
        EntityKind,
        EntityKey,
        Action,
        Actor,
        DateTimeOffset.Parse(OccurredAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        Summary,
        Hash);
}
