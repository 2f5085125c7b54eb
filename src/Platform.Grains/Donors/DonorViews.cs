namespace Platform.Grains.Donors;

/// <summary>A donor as administrators see them, with the groups in their portfolio.</summary>
public sealed record DonorView(string UserId, string DisplayName, string Email, IReadOnlyList<GroupName> Portfolio);

public sealed record GroupName(Guid Id, string Name);

/// <summary>
/// What a donor may see of a group: its name and counts, never a person. Pages show every count through
/// <see cref="Progress.SmallCounts"/>, so a figure from 1 to 4 cannot single anyone out.
/// </summary>
public sealed record GroupAggregates(Guid GroupId, string Name, int Members, int Organisations, IReadOnlyDictionary<BalanceCategory, int> PeopleBySeat);
