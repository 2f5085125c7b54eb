using Platform.Grains.Organisations;

namespace Platform.Grains.Donors;

/// <summary>A donor as administrators see them, with the groups in their portfolio.</summary>
public sealed record DonorView(string UserId, string DisplayName, string Email, IReadOnlyList<GroupName> Portfolio);

public sealed record GroupName(Guid Id, string Name);

/// <summary>
/// What a donor may see of a group: its name and counts, never a person. Pages show every count through
/// <see cref="SmallCount"/>, so a figure from 1 to 4 cannot single anyone out.
/// </summary>
public sealed record GroupAggregates(Guid GroupId, string Name, int Members, int Organisations, IReadOnlyDictionary<BalanceCategory, int> PeopleBySeat);

/// <summary>The small-count rule for donors: a count from 1 to 4 is shown as "&lt;5".</summary>
public static class SmallCount
{
    public const int Threshold = 5;

    public static string Format(int count, IFormatProvider? provider = null) =>
        count is > 0 and < Threshold ? "<" + Threshold.ToString(provider) : count.ToString(provider);
}
