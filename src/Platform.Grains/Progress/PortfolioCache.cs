using System.Collections.Concurrent;

namespace Platform.Grains.Progress;

/// <summary>
/// The portfolio's per-group tallies, kept between requests in this process and reused only while they are provably
/// what a fresh read would give (issue 13: a 200-group portfolio recomputed on every view cost ≈120 ms of CPU).
/// <para>Why a cache checked by version and not figures kept up to date by the writers: the portfolio's period
/// figures are not sums of months (distinct women present, distinct stakeholder types), they move with the clock
/// (meetings held "before now", overdue at a local midnight) and with rows no group owns (a person's declared gender,
/// an organisation's type). Figure rows maintained beside the state rows would need a writer per row kind and a
/// rebuild after every crash, and could drift; a tally recomputed by the same queries as the group summary cannot.</para>
/// An entry is reused when all of these hold, else the group is read again:
/// <list type="bullet">
/// <item>The group's journal has no entry after the one that was newest when the tally was read. Every write to a
/// group's meetings, attendance, records, items or commitments appends a journal entry with the group's id in the same
/// transaction (CONTRIBUTING: state rows and journal entry in one transaction), and the journal's seq grows in commit
/// order (one writer at a time holds the chain's tip).</item>
/// <item>The clock is between the read and the tally's <see cref="Entry.ValidUntil"/>: the group's next local midnight
/// (due days), the period's end, and the next stored time a row of the group carries at or after "now"
/// (<see cref="GroupTally.NextChange"/>).</item>
/// <item>The group's name, country, cadence, zone and creation time read now equal those the tally was read with.</item>
/// </list>
/// Genders and stakeholder types are not cached: the entry keeps who was present and for which organisation, and each
/// request reads their current gender and type.
/// </summary>
internal sealed class PortfolioCache
{
    /// <summary>Entries kept before the cache starts again empty (one per group and period, ≈4 kB each).</summary>
    public const int Capacity = 5_000;

    private readonly ConcurrentDictionary<(string GroupId, DateOnly From, DateOnly To), Entry> entries = new();

    public Entry? Find(string groupId, ReportPeriod period, long version, DateTimeOffset now, string groupFields) =>
        entries.TryGetValue((groupId, period.From, period.To), out var entry)
            && entry.Version == version
            && entry.ReadAt <= now
            && now < entry.ValidUntil
            && entry.GroupFields == groupFields
            ? entry
            : null;

    public void Keep(string groupId, ReportPeriod period, Entry entry)
    {
        if (entries.Count >= Capacity)
        {
            entries.Clear();
        }

        entries[(groupId, period.From, period.To)] = entry;
    }

    /// <summary>
    /// One group's tally (without the people figures) with the people present and the organisations they attended
    /// for; never changed once kept.
    /// </summary>
    public sealed record Entry(
        long Version,
        DateTimeOffset ReadAt,
        DateTimeOffset ValidUntil,
        string GroupFields,
        GroupTally Tally,
        IReadOnlyList<string> PresentPeople,
        IReadOnlyList<string> PresentOrganisations);
}
