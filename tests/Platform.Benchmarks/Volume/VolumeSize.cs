namespace Platform.Benchmarks.Volume;

/// <summary>How much data the generator writes. Members are drawn from a shared pool, so one person sits in several groups.</summary>
internal sealed record VolumeSize(int Groups, int MembersPerGroup, int MeetingsPerGroup, int ActionItemsPerGroup, int CommitmentsPerGroup, int People, int PortfolioGroups)
{
    /// <summary>The volume issues 6 and 7 name: 2,000 groups, 24,000 meetings, 100,000 action items, 20,000 commitments.</summary>
    public static VolumeSize Full { get; } = new(2_000, 20, 12, 50, 10, 8_000, 200);

    /// <summary>A hundredth of it, for trying a harness quickly.</summary>
    public static VolumeSize Small { get; } = new(20, 20, 12, 50, 10, 80, 10);
}

/// <summary>What was generated: ids a benchmark needs and the row counts it can print.</summary>
internal sealed record VolumeSummary(
    IReadOnlyList<Guid> GroupIds,
    string DonorUserId,
    string FacilitatorUserId,
    int People,
    int Meetings,
    int ActionItems,
    int Commitments,
    TimeSpan Elapsed);
