using System.Globalization;

namespace Platform.Grains.Journal;

/// <summary>A journal row exactly as stored, because the hash covers the stored text, not parsed values.</summary>
internal sealed record JournalRow
{
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
