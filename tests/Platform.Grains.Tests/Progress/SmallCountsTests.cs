using Platform.Grains.Progress;

namespace Platform.Grains.Tests.Progress;

public sealed class SmallCountsTests
{
    [Theory]
    [InlineData(0, CellKind.Exact)]
    [InlineData(1, CellKind.Small)]
    [InlineData(4, CellKind.Small)]
    [InlineData(5, CellKind.Exact)]
    public void Count_ByValue_IsSmallOnlyFromOneToFour(long count, CellKind expected) =>
        Assert.Equal(expected, SmallCounts.Count(count).Kind);

    [Theory]
    [InlineData(8, 10, false)] // complement 2 would follow from a known denominator
    [InlineData(3, 10, false)]
    [InlineData(4, 4, false)]
    [InlineData(5, 10, true)]
    [InlineData(10, 10, true)]
    [InlineData(0, 7, true)]
    public void Rate_SmallNumeratorOrComplement_IsNotShown(long numerator, long denominator, bool shown) =>
        Assert.Equal(shown, SmallCounts.Rate(numerator, denominator).IsExact);

    [Fact]
    public void Rate_Shown_IsAWholePercentage() =>
        Assert.Equal(Cell.Exact(67), SmallCounts.Rate(10, 15));

    [Fact]
    public void Linked_OneSmallPart_HidesTheNextSmallestPartNotTheTotal()
    {
        var cells = SmallCounts.Linked(20, [3, 9, 8]);

        Assert.Equal(Cell.Exact(20), cells.Total);
        Assert.Equal([Cell.Small, Cell.Exact(9), Cell.Hidden], cells.Parts);
    }

    [Fact]
    public void Linked_NoSmallPart_ShowsEverything()
    {
        var cells = SmallCounts.Linked(17, [0, 12, 5]);

        Assert.Equal([Cell.Exact(0), Cell.Exact(12), Cell.Exact(5)], cells.Parts);
    }

    [Fact]
    public void Linked_OnlySmallParts_HidesTheTotal()
    {
        var cells = SmallCounts.Linked(8, [4, 4, 0]);

        Assert.Equal(Cell.Hidden, cells.Total);
        Assert.Equal([Cell.Small, Cell.Small, Cell.Exact(0)], cells.Parts);
    }

    [Fact]
    public void Linked_Unprotected_ShowsExactSmallValues() =>
        Assert.Equal([Cell.Exact(2), Cell.Exact(1)], SmallCounts.Linked(3, [2, 1], protect: false).Parts);

    /// <summary>
    /// The proof, by brute force and independent of the rule's own arithmetic: for each true vector of parts, render
    /// it, then list every vector (parts 0–20) a reader could hold consistent with what is shown — exact cells as
    /// shown, "&lt;5" as 1–4, "hidden" as 5 up to the smallest part still shown, the total as shown. Every part that
    /// is truly from 1 to 4 must keep at least two possible values.
    /// </summary>
    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 500)]
    [InlineData(4, 400)]
    public void Linked_EveryVector_NoSmallPartCanBeWorkedOut(int partCount, int sample)
    {
        var vectors = Vectors(partCount, 12).ToList();
        if (sample > 0)
        {
            var random = new Random(6);
            vectors = [.. vectors.OrderBy(_ => random.Next()).Take(sample)];
        }

        foreach (var vector in vectors)
        {
            var cells = SmallCounts.Linked(vector.Sum(), vector);
            var candidates = Consistent(cells, partCount, 20).ToList();
            for (var i = 0; i < partCount; i++)
            {
                if (SmallCounts.IsSmall(vector[i]))
                {
                    Assert.True(candidates.Select(c => c[i]).Distinct().Count() >= 2, $"[{string.Join(',', vector)}] part {i} is given away");
                }
            }
        }
    }

    /// <remarks>
    /// The same set as filtering every vector of parts 0–<paramref name="bound"/> by the cells, built from each part's
    /// own cell (its possible values) and then narrowed by the total: 21⁴ vectors per case made four parts take a minute.
    /// </remarks>
    private static IEnumerable<long[]> Consistent(LinkedCells cells, int partCount, int bound)
    {
        var smallestShown = cells.Parts.Where(c => c.IsExact && c.Value >= 5).Select(c => (long)c.Value).DefaultIfEmpty(bound).Min();
        var possible = Enumerable.Range(0, partCount).Select(i => cells.Parts[i].Kind switch
        {
            CellKind.Exact => Between((long)cells.Parts[i].Value, (long)cells.Parts[i].Value, bound),
            CellKind.Small => Between(1, 4, bound),
            _ => Between(5, smallestShown, bound),
        }).ToArray();
        return Combinations(possible).Where(w => cells.Total.Kind switch
        {
            CellKind.Exact => w.Sum() == (long)cells.Total.Value,
            CellKind.Small => w.Sum() is >= 1 and <= 4,
            _ => true,
        });
    }

    private static long[] Between(long from, long to, int bound) =>
        [.. Enumerable.Range(0, bound + 1).Select(v => (long)v).Where(v => v >= from && v <= to)];

    private static IEnumerable<long[]> Combinations(long[][] possible)
    {
        IEnumerable<long[]> combinations = [[]];
        foreach (var values in possible)
        {
            combinations = combinations.SelectMany(prefix => values.Select(v => (long[])[.. prefix, v])).ToList();
        }

        return combinations;
    }

    private static IEnumerable<long[]> Vectors(int length, int bound)
    {
        var vector = new long[length];
        while (true)
        {
            yield return (long[])vector.Clone();
            var i = 0;
            while (i < length && ++vector[i] > bound)
            {
                vector[i++] = 0;
            }

            if (i == length)
            {
                yield break;
            }
        }
    }
}
