using System.Globalization;

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
    public static ReportPeriod Parse(string? firstMonth, string? lastMonth, DateTimeOffset now)
    {
        var fallback = LastTwelveMonths(now);
        var limit = fallback.To;
        var to = TryMonth(lastMonth, now) is { } last ? last.AddMonths(1) : limit;
        to = to > limit ? limit : to;
        var from = TryMonth(firstMonth, now) ?? to.AddMonths(-12);
        if (from >= to)
        {
            from = to.AddMonths(-1);
        }

        return from < to.AddMonths(-MaxMonths) ? new(to.AddMonths(-MaxMonths), to) : new(from, to);
    }

    private static DateOnly FirstOfMonth(DateTimeOffset now) => new(now.UtcDateTime.Year, now.UtcDateTime.Month, 1);

    /// <summary>A month within a century of now; "0001-01" or "9999-12" is as unreadable as "abc" (and would overflow the calendar).</summary>
    private static DateOnly? TryMonth(string? text, DateTimeOffset now) =>
        DateOnly.TryParseExact(text, MonthFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            && Math.Abs(month.Year - now.UtcDateTime.Year) <= 100 ? month : null;
}
