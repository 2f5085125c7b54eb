namespace Platform.Web.Reports;

/// <summary>One named series of a bar chart, a cell per month; <see cref="Percent"/> draws on a 0–100 % scale.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<Cell> Values, bool Percent = false);
