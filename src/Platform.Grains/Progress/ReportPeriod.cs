namespace Platform.Grains.Progress;

/// <summary>
/// Whole calendar months in UTC, [From, To): UTC so that every group in a portfolio counts the same instants.
/// A period never reaches past the current month, and is at most <see cref="MaxMonths"/> long.
/// </summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    public const int MaxMonths = 36;

    private const string MonthFormat = "yyyy-MM";

    public DateTimeOffset FromUtc => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public DateTimeOffset ToUtc => new(To.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The first day of each month in the period.</summary>
    public IReadOnlyList<DateOnly> Months => [.. Enumerable.Range(0, MonthCount).Select(From.AddMonths)];

    public int MonthCount => ((To.Year - From.Year) * 12) + To.Month - From.Month;

    /// <summary>"yyyy-MM" of the first month, as the filter form and CSV print it.</summary>
    public string FirstMonth => From.ToString(MonthFormat, CultureInfo.InvariantCulture);

    /// <summary>"yyyy-MM" of the last month (inclusive).</summary>
    public string LastMonth => To.AddMonths(-1).ToString(MonthFormat, CultureInfo.InvariantCulture);

    /// <summary>The default: the current month and the eleven before it.</summary>
    public static ReportPeriod LastTwelveMonths(DateTimeOffset now)
    {
        var next = FirstOfMonth(now).AddMonths(1);
        return new(next.AddMonths(-12), next);
    }

    /// <summary>From "yyyy-MM" texts (both inclusive); anything missing or unreadable falls back to the default.</summary>
    public static ReportPeriod Parse(string? firstMonth, string? lastMonth, DateTimeOffset now) => Read(firstMonth, lastMonth, now).Period;

    /// <summary>
    /// As <see cref="Parse"/>, saying what it had to change in what was asked, so the page can tell the reader rather than
    /// show another period in silence. A missing month is not a change: it asks for the default.
    /// </summary>
    public static (ReportPeriod Period, PeriodChanges Changes) Read(string? firstMonth, string? lastMonth, DateTimeOffset now)
    {
        var changes = PeriodChanges.None;
        var fallback = LastTwelveMonths(now);
        var limit = fallback.To;
        var last = TryMonth(lastMonth, now);
        var first = TryMonth(firstMonth, now);
        if ((last is null && !string.IsNullOrEmpty(lastMonth)) || (first is null && !string.IsNullOrEmpty(firstMonth)))
        {
            changes |= PeriodChanges.Unreadable;
        }

        var to = last is { } l ? l.AddMonths(1) : limit;
        if (to > limit)
        {
            to = limit;
            changes |= PeriodChanges.Future;
        }

        var from = first ?? to.AddMonths(-12);
        if (from >= to)
        {
            from = to.AddMonths(-1);
            changes |= first is not null && first >= limit ? PeriodChanges.Future : PeriodChanges.Reversed;
        }

        if (from < to.AddMonths(-MaxMonths))
        {
            from = to.AddMonths(-MaxMonths);
            changes |= PeriodChanges.TooLong;
        }

        return (new(from, to), changes);
    }

    private static DateOnly FirstOfMonth(DateTimeOffset now) => new(now.UtcDateTime.Year, now.UtcDateTime.Month, 1);

    /// <summary>A month within a century of now; "0001-01" or "9999-12" is as unreadable as "abc" (and would overflow the calendar).</summary>
    private static DateOnly? TryMonth(string? text, DateTimeOffset now) =>
        DateOnly.TryParseExact(text, MonthFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            && Math.Abs(month.Year - now.UtcDateTime.Year) <= 100 ? month : null;
}

/// <summary>What <see cref="ReportPeriod.Read"/> changed in the period asked for.</summary>
[Flags]
public enum PeriodChanges
{
    None = 0,

    /// <summary>A month could not be read ("2026-13", "abc"): the default stands in for it.</summary>
    Unreadable = 1,

    /// <summary>The period reached past the current month: it now ends with it.</summary>
    Future = 2,

    /// <summary>The first month came after the last: the period is the last month alone.</summary>
    Reversed = 4,

    /// <summary>Longer than <see cref="ReportPeriod.MaxMonths"/> months: it now starts that many months before its end.</summary>
    TooLong = 8,
}
