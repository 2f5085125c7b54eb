namespace Platform.Grains.Progress;

/// <summary>
/// The one small-count rule for every donor-visible figure (portfolio, group summary, CSV, print, chart labels and
/// their tables). Facilitators see the same cells: one rule is simpler to trust than two, and their figures go to
/// the plenary, where donors sit too.
/// <list type="number">
/// <item>A protected count (people, attendances, action items, commitments) from 1 to 4 is <see cref="Cell.Small"/>;
/// 0 and 5+ are exact. Group activity that is about no person (meetings held or planned, decisions recorded,
/// stakeholder types present) is not protected: see <see cref="Count"/> callers.</item>
/// <item>Linked figures: where shown parts add up to a shown total (months of a period, commitments by status,
/// members by seat), a reader could subtract. <see cref="Linked"/> hides the smallest exact part (shown as
/// "hidden", never as "&lt;5") until no small part can be narrowed to a single value; with no part left to hide,
/// the total is hidden instead. The check assumes the reader knows this rule, including that a hidden part is at
/// least 5 and at most the smallest part still shown.</item>
/// <item>A rate is shown only when its denominator is 5 or more and both its numerator and its complement are 0 or
/// 5+, because with a known or guessable denominator the rate gives either away.</item>
/// </list>
/// Known limit: totals over two periods chosen by the reader can be subtracted (see the issue note).
/// </summary>
public static class SmallCounts
{
    public const int Threshold = 5;

    // Stands for "no upper bound" in the interval arithmetic; far above any count, far below overflow.
    private const long Unbounded = 1_000_000_000_000L;

    public static bool IsSmall(long count) => count is > 0 and < Threshold;

    public static Cell Count(long count) => IsSmall(count) ? Cell.Small : Cell.Exact(count);

    /// <summary>A percentage (whole number) under rule 3, or <see cref="Cell.None"/>.</summary>
    public static Cell Rate(long numerator, long denominator) =>
        denominator >= Threshold && !IsSmall(numerator) && !IsSmall(denominator - numerator)
            ? Cell.Exact(Math.Round(100.0 * numerator / denominator, MidpointRounding.AwayFromZero))
            : Cell.None;

    /// <summary>
    /// A total and parts that add up to it exactly (callers add a residual part when the parts shown do not cover the
    /// total). Unprotected figures pass through exactly.
    /// </summary>
    public static LinkedCells Linked(long total, IReadOnlyList<long> parts, bool protect = true)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (!protect)
        {
            return new(Cell.Exact(total), [.. parts.Select(p => Cell.Exact(p))]);
        }

        var cells = parts.Select(Count).ToArray();
        var totalCell = Count(total);
        while (AnySmallPinned(totalCell, total, parts, cells))
        {
            var next = Enumerable.Range(0, parts.Count)
                .Where(i => cells[i].IsExact && parts[i] >= Threshold)
                .OrderBy(i => parts[i])
                .Select(i => (int?)i)
                .FirstOrDefault();
            if (next is { } i)
            {
                cells[i] = Cell.Hidden;
            }
            else
            {
                totalCell = Cell.Hidden;
            }
        }

        return new(totalCell, cells);
    }

    /// <summary>Whether a reader who sees these cells could narrow some small part to exactly one value.</summary>
    private static bool AnySmallPinned(Cell totalCell, long total, IReadOnlyList<long> parts, Cell[] cells)
    {
        if (totalCell.Kind == CellKind.Hidden)
        {
            return false;
        }

        var shownSum = cells.Select((c, i) => c.IsExact ? parts[i] : 0).Sum();
        var (totalLow, totalHigh) = totalCell.IsExact ? (total, total) : (1L, Threshold - 1L);
        var smallestShown = cells.Select((c, i) => (c, p: parts[i])).Where(x => x.c.IsExact && x.p >= Threshold).Select(x => x.p).DefaultIfEmpty(Unbounded).Min();
        var ranges = cells.Select(c => c.Kind switch
        {
            CellKind.Small => (Low: 1L, High: Threshold - 1L),
            CellKind.Hidden => (Low: (long)Threshold, High: smallestShown),
            _ => (Low: 0L, High: 0L),
        }).ToArray();
        var restLow = totalLow - shownSum;
        var restHigh = totalHigh - shownSum;
        var lowSum = ranges.Sum(r => r.Low);
        var highSum = ranges.Sum(r => r.High);
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i].Kind != CellKind.Small)
            {
                continue;
            }

            var low = Math.Max(ranges[i].Low, restLow - (highSum - ranges[i].High));
            var high = Math.Min(ranges[i].High, restHigh - (lowSum - ranges[i].Low));
            if (low >= high)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A total and its parts after <see cref="SmallCounts.Linked"/>.</summary>
public sealed record LinkedCells(Cell Total, IReadOnlyList<Cell> Parts);
