namespace Platform.Grains.Meetings;

/// <summary>When a series meets: the rule, the weekday, which week of the month (1–4, or -1 for the last) and the first date.</summary>
[GenerateSerializer, Immutable, Alias("rt.SeriesPattern")]
public sealed record SeriesPattern(RecurrenceRule Rule, IsoDayOfWeek Weekday, int? WeekOfMonth, LocalDate FirstDate, LocalDate? UntilDate)
{
    /// <summary>The series' dates from <paramref name="from"/> to <paramref name="to"/> inclusive, never before the first date or after the end date.</summary>
    public IReadOnlyList<LocalDate> DatesBetween(LocalDate from, LocalDate to)
    {
        var start = LocalDate.Max(from, FirstDate);
        var end = UntilDate is { } until ? LocalDate.Min(to, until) : to;
        var dates = new List<LocalDate>();
        if (start > end)
        {
            return dates;
        }

        if (Rule == RecurrenceRule.Weekly)
        {
            for (var day = start.With(DateAdjusters.NextOrSame(Weekday)); day <= end; day = day.PlusWeeks(1))
            {
                dates.Add(day);
            }

            return dates;
        }

        // Quarterly counts every third month from the first date's month, so "Q" means the series' own quarters.
        var step = Rule == RecurrenceRule.Quarterly ? 3 : 1;
        for (var month = new LocalDate(FirstDate.Year, FirstDate.Month, 1); month <= end; month = month.PlusMonths(step))
        {
            var day = NthWeekday(month.Year, month.Month);
            if (day >= start && day <= end)
            {
                dates.Add(day);
            }
        }

        return dates;
    }

    /// <summary>The first meeting's date: the first date itself when the rule falls on it, else the next one it gives (null: none in a year).</summary>
    public LocalDate? FirstOccurrence() => DatesBetween(FirstDate, FirstDate.PlusYears(1)) is [var first, ..] ? first : null;

    private LocalDate NthWeekday(int year, int month)
    {
        var first = new LocalDate(year, month, 1);
        if (WeekOfMonth is -1)
        {
            return first.PlusMonths(1).PlusDays(-1).With(DateAdjusters.PreviousOrSame(Weekday));
        }

        return first.With(DateAdjusters.NextOrSame(Weekday)).PlusWeeks((WeekOfMonth ?? 1) - 1);
    }

    /// <summary>The problem with this pattern, or null.</summary>
    public MeetingRule? Problem() => Rule switch
    {
        _ when !Enum.IsDefined(Rule) => MeetingRule.RuleInvalid,
        _ when Weekday is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday => MeetingRule.WeekdayInvalid,
        RecurrenceRule.Weekly => null,
        _ when WeekOfMonth is not (-1 or 1 or 2 or 3 or 4) => MeetingRule.WeekOfMonthInvalid,
        _ when UntilDate is { } until && until < FirstDate => MeetingRule.UntilBeforeFirst,
        _ => null,
    };
}
