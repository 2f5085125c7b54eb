namespace Platform.Grains.Progress;

/// <summary>Turns a group's raw tally into cells, through <see cref="SmallCounts"/> and nothing else.</summary>
internal static class ProgressCalculator
{
    public static GroupProgress Build(GroupTally t, ReportPeriod period, DateTimeOffset now)
    {
        var months = period.Months;
        var planned = months.Select(m => Plan(t, Start(m), Start(m.AddMonths(1)), now)).ToArray();
        var totalPlanned = PlannedMeetings.Between(t.Cadence, t.CreatedAt, period.FromUtc, period.ToUtc < now ? period.ToUtc : now);
        var held = SmallCounts.Linked(t.Held.Sum(), t.Held, protect: false);
        var decisions = SmallCounts.Linked(t.Decisions.Sum(), t.Decisions, protect: false);
        var opened = SmallCounts.Linked(t.Opened.Sum(), t.Opened);
        var done = SmallCounts.Linked(t.Done.Sum(), t.Done);
        var lastMonth = months.Count - 1;

        var monthFigures = months.Select((m, i) => new MonthFigures(
            m,
            held.Parts[i],
            planned[i],
            SmallCounts.Rate(t.Present[i], t.Invited[i]),
            SmallCounts.Rate(t.Women[i], t.Declared[i]),
            decisions.Parts[i],
            opened.Parts[i],
            done.Parts[i],
            SmallCounts.Count(t.Overdue[i]),
            SmallCounts.Rate(t.OnTime[i], t.DoneWithDue[i]))).ToList();

        var statuses = Enum.GetValues<CommitmentStatus>();
        var commitmentParts = statuses.Select(s => t.Commitments.GetValueOrDefault(s)).ToArray();
        var commitments = SmallCounts.Linked(commitmentParts.Sum(), commitmentParts);
        var fulfilled = t.Commitments.GetValueOrDefault(CommitmentStatus.Fulfilled);
        var notWithdrawn = commitmentParts.Sum() - t.Commitments.GetValueOrDefault(CommitmentStatus.Withdrawn);

        var types = Enum.GetValues<StakeholderType>().Where(t.PresentByType.ContainsKey).ToList();
        var presentParts = types.Select(ty => t.PresentByType[ty]).Append(t.PresentNotStated).ToArray();
        var present = SmallCounts.Linked(presentParts.Sum(), presentParts);
        var byType = types.Select((ty, i) => new TypePresence(ty, present.Parts[i])).ToList();
        if (t.PresentNotStated > 0)
        {
            byType.Add(new TypePresence(null, present.Parts[^1]));
        }

        var totals = new PeriodFigures(
            held.Total,
            totalPlanned is { } p ? Cell.Exact(Math.Round(p, MidpointRounding.AwayFromZero)) : Cell.None,
            SmallCounts.Rate(t.PeriodPresent, t.PeriodInvited),
            Cell.Exact(t.TypesPresent),
            SmallCounts.Rate(t.PeriodWomen, t.PeriodDeclared),
            decisions.Total,
            opened.Total,
            done.Total,
            lastMonth >= 0 ? SmallCounts.Count(t.Overdue[lastMonth]) : Cell.Exact(0),
            SmallCounts.Rate(t.OnTime.Sum(), t.DoneWithDue.Sum()),
            commitments.Total,
            SmallCounts.Rate(fulfilled, notWithdrawn));

        return new GroupProgress(
            t.Id,
            t.Name,
            t.Country,
            totals,
            monthFigures,
            [.. statuses.Select((s, i) => new CommitmentCount(s, commitments.Parts[i]))],
            byType,
            present.Total);
    }

    private static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    // Whole meetings: "0.7 meetings planned" in a month the group joined late, or in the month under way, read as a
    // fault. The plan is the cadence over the days the group existed in the month, to the nearest meeting (the page says so).
    private static Cell Plan(GroupTally t, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now) =>
        PlannedMeetings.Between(t.Cadence, t.CreatedAt, from, to < now ? to : now) is { } plan
            ? Cell.Exact(Math.Round(plan, 0, MidpointRounding.AwayFromZero))
            : Cell.None;
}
