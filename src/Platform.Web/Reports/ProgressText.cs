namespace Platform.Web.Reports;

/// <summary>How a <see cref="Cell"/> reads on a page, in a CSV cell and on a chart label: one formatter for all three.</summary>
public static class ProgressText
{
    public static string Show(IStringLocalizer<Text> text, Cell cell, bool percent = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        return cell.Kind switch
        {
            CellKind.Exact when percent => (cell.Value / 100).ToString("P0", CultureInfo.CurrentCulture),
            CellKind.Exact => cell.Value.ToString("0.#", CultureInfo.CurrentCulture),
            CellKind.Small => "<" + SmallCounts.Threshold.ToString(CultureInfo.CurrentCulture),
            CellKind.Hidden => text["Progress.Hidden"],
            _ => "—",
        };
    }

    public static string TypeName(IStringLocalizer<Text> text, StakeholderType? type) =>
        type is { } t ? text[$"Stakeholder.{t}"] : text["Progress.NotStated"];

    /// <summary>The filter as read from the query string; unknown values are ignored rather than refused.</summary>
    public static ProgressFilter Filter(string? from, string? to, string? country, string? type, DateTimeOffset now) =>
        Read(from, to, country, type, now).Filter;

    /// <summary>As <see cref="Filter"/>, with what had to change in the period asked for (pages say so; CSV cannot).</summary>
    public static (ProgressFilter Filter, PeriodChanges Changes) Read(string? from, string? to, string? country, string? type, DateTimeOffset now)
    {
        var (period, changes) = ReportPeriod.Read(from, to, now);
        return (new(
            period,
            country is { Length: 2 } c && OrganisationRules.IsCountryCode(c.ToUpperInvariant()) ? c.ToUpperInvariant() : null,
            Enum.TryParse<StakeholderType>(type, ignoreCase: false, out var t) && Enum.IsDefined(t) ? t : null), changes);
    }

    /// <summary>The query string that reproduces a filter (for links to CSV, print and group pages).</summary>
    public static string Query(ProgressFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = $"?from={filter.Period.FirstMonth}&to={filter.Period.LastMonth}";
        query += filter.Country is { } c ? $"&country={c}" : "";
        return query + (filter.StakeholderType is { } t ? $"&type={t}" : "");
    }
}
