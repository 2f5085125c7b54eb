namespace Platform.Grains.Progress;

/// <summary>
/// The small-count rule (<see cref="SmallCounts"/>) applied to incident figures, with what incidents add:
/// <list type="number">
/// <item>Counts from 1 to 4 read "&lt;5". A breakdown (by kind, by band) is linked to its total: parts of 5+ are hidden
/// until no small part can be worked out by subtraction; when that is not enough the whole breakdown is withheld and the
/// total stays (hiding the total would not help: the other breakdown adds up to it).</item>
/// <item>Two breakdowns of one total that are each safe against it stay safe together: a total of 5+ is exact anyway, and
/// with a small total a shown breakdown has at most three small parts, which bounds the total no tighter than 1–4.</item>
/// <item>Blocks are whole calendar quarters that have ended (a day's margin for every time zone), counted the same
/// whatever period is asked, never summed over quarters or over groups: no two figures differ by one small block.</item>
/// <item>A median over fewer than five cases is withheld.</item>
/// </list>
/// Known limit: a finished quarter's figures can still move when an incident is reassessed or reopened later; a reader
/// who saved the earlier page sees that one case changed, not which.
/// </summary>
public static class IncidentFigureRules
{
    public static readonly IReadOnlyList<IncidentKind> Kinds = Enum.GetValues<IncidentKind>();

    public static readonly IReadOnlyList<SeverityBand> Bands = Enum.GetValues<SeverityBand>();

    /// <summary>The quarters with figures in <paramref name="period"/>: each quarter it touches that ended before yesterday (UTC).</summary>
    public static IReadOnlyList<IncidentQuarter> Quarters(ReportPeriod period, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(period);
        var yesterday = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-1);
        var quarters = new List<IncidentQuarter>();
        for (var q = IncidentQuarter.Of(period.From); q.From < period.To && q.To <= yesterday; q = q.Next())
        {
            quarters.Add(q);
        }

        return quarters;
    }

    /// <summary>A count and its breakdowns by kind and by band through the rule.</summary>
    public static IncidentFlow Flow(IReadOnlyDictionary<IncidentKind, long> byKind, IReadOnlyDictionary<SeverityBand, long> byBand)
    {
        ArgumentNullException.ThrowIfNull(byKind);
        ArgumentNullException.ThrowIfNull(byBand);
        var total = byKind.Values.Sum();
        var kinds = Breakdown(total, [.. Kinds.Select(k => byKind.GetValueOrDefault(k))]);
        var bands = Breakdown(total, [.. Bands.Select(b => byBand.GetValueOrDefault(b))]);
        return new IncidentFlow(
            SmallCounts.Count(total),
            [.. Kinds.Select((k, i) => new IncidentKindCount(k, kinds?[i] ?? Cell.None))],
            kinds is null,
            [.. Bands.Select((b, i) => new IncidentBandCount(b, bands?[i] ?? Cell.None))],
            bands is null);
    }

    /// <summary>The median of the day counts, or <see cref="Cell.None"/> below the threshold.</summary>
    public static Cell Median(IReadOnlyList<int> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count < SmallCounts.Threshold)
        {
            return Cell.None;
        }

        var sorted = days.Order().ToArray();
        var middle = sorted.Length / 2;
        return Cell.Exact(sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0);
    }

    // The parts as SmallCounts links them to a shown total, or null (withheld) when that would need the total hidden.
    private static IReadOnlyList<Cell>? Breakdown(long total, IReadOnlyList<long> parts)
    {
        var linked = SmallCounts.Linked(total, parts);
        return linked.Total.Kind == CellKind.Hidden ? null : linked.Parts;
    }
}
