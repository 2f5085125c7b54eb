using Platform.Grains.Time;

namespace Platform.Web.Meetings;

/// <summary>What the new-meeting and edit pages share: the overlap warning and carrying backlog items.</summary>
public sealed class MeetingScheduling(MeetingQueries queries, TimeProvider time)
{
    /// <summary>
    /// Meetings of the group that overlap the one typed (every occurrence of a series, for its first year). A warning:
    /// the page asks "schedule anyway" and proceeds on the second submit.
    /// </summary>
    public async Task<IReadOnlyList<MeetingListItem>> OverlapsAsync(Guid groupId, string zoneId, MeetingDetails details, SeriesPattern? pattern, Guid? exceptId = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        var zone = WallClock.Zone(zoneId) ?? DateTimeZone.Utc;
        var length = details.Ends - details.Starts;
        var starts = pattern is null
            ? [details.Starts]
            : pattern.DatesBetween(pattern.FirstDate, LocalDate.Max(pattern.FirstDate, Today(zone)).PlusMonths(12).PlusDays(-1)).Select(d => d + details.Starts.TimeOfDay);
        var found = new Dictionary<Guid, MeetingListItem>();
        foreach (var start in starts)
        {
            var from = WallClock.ToOffset(WallClock.Resolve(start, zone));
            var to = WallClock.ToOffset(WallClock.Resolve(start + length, zone));
            foreach (var overlap in await queries.OverlappingAsync(groupId, from, to, exceptId))
            {
                found.TryAdd(overlap.Id, overlap);
            }
        }

        return [.. found.Values.OrderBy(m => m.StartsUtc)];
    }

    /// <summary>Agenda lines for the backlog items ticked, in backlog order; ids not in the backlog are ignored.</summary>
    public static IReadOnlyList<AgendaLine> Carried(IReadOnlyList<BacklogItem> backlog, IEnumerable<string>? ticked)
    {
        ArgumentNullException.ThrowIfNull(backlog);
        // The binder leaves a list null when no box was ticked.
        var chosen = (ticked ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. backlog.Where(b => chosen.Contains(b.AgendaItemId.ToString()))
            .Select(b => new AgendaLine(null, b.Title, b.PresenterUserId, b.MinutesAllotted, b.AgendaItemId))];
    }

    private LocalDate Today(DateTimeZone zone) => Instant.FromDateTimeOffset(time.GetUtcNow()).InZone(zone).Date;
}
