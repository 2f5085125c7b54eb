using Platform.Grains.Incidents;
using Platform.Grains.Progress;

namespace Platform.Grains.Tests.Progress;

public sealed class IncidentFigureRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Flow_OneSmallKindBesideABigOne_HidesTheBigOneSoTheTotalCannotBeSubtracted()
    {
        var flow = IncidentFigureRules.Flow(Kinds((IncidentKind.GrievanceLand, 6), (IncidentKind.UseOfForce, 1)), Bands((SeverityBand.High, 7)));

        Assert.Equal(Cell.Exact(7), flow.Total);
        Assert.Equal(Cell.Hidden, Kind(flow, IncidentKind.GrievanceLand));
        Assert.Equal(Cell.Small, Kind(flow, IncidentKind.UseOfForce));
        Assert.Equal(Cell.Exact(7), flow.ByBand.Single(b => b.Band == SeverityBand.High).Count);
    }

    [Fact]
    public void Flow_FourSingleKindsInASmallTotal_WithholdsTheKindsButKeepsTheBands()
    {
        var flow = IncidentFigureRules.Flow(
            Kinds((IncidentKind.GrievanceLand, 1), (IncidentKind.GrievanceWater, 1), (IncidentKind.UseOfForce, 1), (IncidentKind.Other, 1)),
            Bands((SeverityBand.NotAssessed, 4)));

        // Four parts of at least one in a total of at most four: each would be exactly one.
        Assert.Equal(Cell.Small, flow.Total);
        Assert.True(flow.KindsWithheld);
        Assert.All(flow.ByKind, k => Assert.Equal(Cell.None, k.Count));
        Assert.False(flow.BandsWithheld);
        Assert.Equal(Cell.Small, flow.ByBand.Single(b => b.Band == SeverityBand.NotAssessed).Count);
    }

    [Fact]
    public void Flow_EverySplitIntoBands_NoSmallPartCanBeWorkedOut()
    {
        // A reader who sees the total and the four bands tries every split consistent with them (values ≥ 5 for a
        // hidden cell, 1–4 for "<5", anything for a withheld one): every "<5" must keep at least two possible values.
        for (var a = 0; a <= 6; a++)
        for (var b = 0; b <= 6; b++)
        for (var c = 0; c <= 6; c++)
        for (var d = 0; d <= 6; d++)
        {
            long[] parts = [a, b, c, d];
            var flow = IncidentFigureRules.Flow(Kinds((IncidentKind.Other, parts.Sum())), Bands([.. IncidentFigureRules.Bands.Select((band, i) => (band, parts[i]))]));
            var cells = flow.ByBand.Select(x => x.Count).ToArray();
            for (var i = 0; i < cells.Length; i++)
            {
                if (cells[i].Kind == CellKind.Small)
                {
                    Assert.True(PossibleValues(flow.Total, cells, i, parts.Sum()).Count > 1, $"{string.Join(",", parts)}: band {i} worked out");
                }
            }
        }
    }

    [Fact]
    public void Quarters_PeriodOfTheYear_OnlyQuartersThatHaveEnded()
    {
        var quarters = IncidentFigureRules.Quarters(ReportPeriod.Parse("2026-02", "2026-11", Now), Now);

        // Q1 starts before February but is counted whole, as for any period; Q4 has not ended.
        Assert.Equal([new IncidentQuarter(2026, 1), new IncidentQuarter(2026, 2), new IncidentQuarter(2026, 3)], quarters);
    }

    [Fact]
    public void Quarters_DayAfterTheQuarterEnds_WaitsOneMoreDayForEveryTimeZone()
    {
        var period = ReportPeriod.Parse("2026-07", "2026-09", Now);

        Assert.Empty(IncidentFigureRules.Quarters(period, new DateTimeOffset(2026, 10, 1, 20, 0, 0, TimeSpan.Zero)));
        Assert.Single(IncidentFigureRules.Quarters(period, new DateTimeOffset(2026, 10, 2, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Median_FewerThanFiveCases_IsWithheld()
    {
        Assert.Equal(Cell.None, IncidentFigureRules.Median([3, 9, 12, 40]));
        Assert.Equal(Cell.Exact(12), IncidentFigureRules.Median([40, 3, 12, 9, 15]));
        Assert.Equal(Cell.Exact(13.5), IncidentFigureRules.Median([40, 3, 12, 9, 15, 90]));
    }

    private static HashSet<long> PossibleValues(Cell total, Cell[] cells, int index, long max)
    {
        var limit = max + 1;
        var values = new HashSet<long>();
        foreach (var candidate in Candidates(cells, 0, limit))
        {
            var sum = candidate.Sum();
            var fits = total.Kind switch
            {
                CellKind.Exact => sum == (long)total.Value,
                CellKind.Small => sum is >= 1 and <= 4,
                _ => true,
            };
            if (fits)
            {
                values.Add(candidate[index]);
            }
        }

        return values;
    }

    private static IEnumerable<long[]> Candidates(Cell[] cells, int from, long limit)
    {
        if (from == cells.Length)
        {
            yield return [];
            yield break;
        }

        var range = cells[from].Kind switch
        {
            CellKind.Exact => [(long)cells[from].Value],
            CellKind.Small => [1L, 2, 3, 4],
            CellKind.Hidden => Enumerable.Range(5, (int)Math.Max(0, limit - 5)).Select(v => (long)v).ToArray(),
            _ => Enumerable.Range(0, (int)limit).Select(v => (long)v).ToArray(),
        };
        foreach (var value in range)
        {
            foreach (var rest in Candidates(cells, from + 1, limit))
            {
                yield return [value, .. rest];
            }
        }
    }

    private static Cell Kind(IncidentFlow flow, IncidentKind kind) => flow.ByKind.Single(k => k.Kind == kind).Count;

    private static Dictionary<IncidentKind, long> Kinds(params (IncidentKind Kind, long Count)[] counts) => counts.ToDictionary(c => c.Kind, c => c.Count);

    private static Dictionary<SeverityBand, long> Bands(params (SeverityBand Band, long Count)[] counts) => counts.ToDictionary(c => c.Band, c => c.Count);
}
