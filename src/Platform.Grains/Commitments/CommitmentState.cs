namespace Platform.Grains.Commitments;

[GenerateSerializer, Immutable, Alias("rt.Milestone")]
public sealed record Milestone(Guid Id, string Title, LocalDate DueDate, DateTimeOffset? DoneAt, int Position);

/// <summary>Done of total milestones; a commitment without milestones has no progress to show.</summary>
[GenerateSerializer, Immutable, Alias("rt.Progress")]
public sealed record Progress(int Done, int Total)
{
    public int Percent => Total == 0 ? 0 : Done * 100 / Total;

    public static Progress Of(IEnumerable<Milestone> milestones)
    {
        var list = milestones.ToList();
        return new Progress(list.Count(m => m.DoneAt is not null), list.Count);
    }
}

/// <summary>A commitment row and its milestones as stored; evidence is read by queries, never by the grain's rules.</summary>
[GenerateSerializer, Immutable, Alias("rt.CommitmentState")]
public sealed record CommitmentState(
    Guid Id,
    Guid GroupId,
    Guid OrganisationId,
    string Text,
    CommitmentStandard Standard,
    CommitmentStatus Status,
    string? VerifiedBy,
    DateTimeOffset? VerifiedAt,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<Milestone> Milestones,
    Guid? IncidentId = null)
{
    public bool Verified => VerifiedAt is not null;

    public Progress Progress => Progress.Of(Milestones);
}
