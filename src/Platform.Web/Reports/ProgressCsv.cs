namespace Platform.Web.Reports;

/// <summary>
/// Every figure the pages show, as one machine-readable table (formula-safe through <see cref="Csv"/>): a row per figure,
/// its value a plain number (invariant: "12", "33.3") in the value column, and whether and why it is withheld in a column of
/// its own, so a "&lt;5" on screen is an empty value marked "small" here, never the number behind it. Measures and
/// categories have stable codes beside their names in the reader's language.
/// </summary>
public static class ProgressCsv
{
    /// <summary>The columns, in order; codes, so a script reads them whatever the reader's language.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["group", "country", "report_from", "report_to", "period", "measure", "measure_name", "category", "category_name", "value", "unit", "suppressed"];

    public static string Portfolio(IStringLocalizer<Text> text, ProgressFilter filter, IReadOnlyList<GroupProgress> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        // What the portfolio page shows, no more: its monthly figures are meetings held (the other monthly counts are made
        // safe against their totals only on a group's summary).
        return Csv.Write([Columns, .. groups.SelectMany(g => GroupRows(new Table(text, filter, g), g, portfolio: true))]);
    }

    public static string Group(IStringLocalizer<Text> text, ProgressFilter filter, GroupProgress group, GroupIncidentFigures incidents)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(incidents);
        var table = new Table(text, filter, group);
        return Csv.Write([Columns, .. GroupRows(table, group, portfolio: false), .. IncidentRows(table, incidents)]);
    }

    private static IEnumerable<IReadOnlyList<string?>> GroupRows(Table table, GroupProgress group, bool portfolio)
    {
        var text = table.Text;
        var t = group.Totals;
        foreach (var row in Figures(t.MeetingsHeld, t.MeetingsPlanned, t.AttendanceRate, t.WomenShare, t.Decisions, t.ItemsOpened, t.ItemsDone, t.ItemsOverdue, t.OnTimeRate))
        {
            yield return table.Row("", row.Measure, row.Cell);
        }

        yield return table.Row("", Measures.TypesPresent, t.StakeholderTypesPresent);
        yield return table.Row("", Measures.Commitments, t.Commitments);
        yield return table.Row("", Measures.FulfilledShare, t.FulfilledShare);
        foreach (var month in group.Months)
        {
            var period = ViewerClock.Machine(new NodaTime.YearMonth(month.Month.Year, month.Month.Month));
            if (portfolio)
            {
                yield return table.Row(period, Measures.MeetingsHeld, month.MeetingsHeld);
                continue;
            }

            foreach (var row in Figures(month.MeetingsHeld, month.MeetingsPlanned, month.AttendanceRate, month.WomenShare, month.Decisions, month.ItemsOpened, month.ItemsDone, month.ItemsOverdue, month.OnTimeRate))
            {
                yield return table.Row(period, row.Measure, row.Cell);
            }
        }

        if (portfolio)
        {
            yield break;
        }

        foreach (var c in group.Commitments)
        {
            yield return table.Row("", Measures.Commitments, c.Count, EnumText.ToText(c.Status), text[$"CommitmentStatus.{c.Status}"]);
        }

        foreach (var p in group.PresentByType)
        {
            yield return table.Row("", Measures.Attendances, p.Present, p.Type is { } type ? EnumText.ToText(type) : "not_stated", ProgressText.TypeName(text, p.Type));
        }

        yield return table.Row("", Measures.Attendances, group.PresentTotal);
    }

    private static IEnumerable<IReadOnlyList<string?>> IncidentRows(Table table, GroupIncidentFigures figures)
    {
        foreach (var q in figures.Quarters)
        {
            var period = string.Create(CultureInfo.InvariantCulture, $"{q.Quarter.Year}-Q{q.Quarter.Number}");
            foreach (var (measure, flow) in new[] { (Measures.IncidentsReceived, q.Received), (Measures.IncidentsClosed, q.Closed) })
            {
                yield return table.Row(period, measure, flow.Total);
                foreach (var k in flow.ByKind)
                {
                    yield return table.Row(period, measure, k.Count, "kind:" + EnumText.ToText(k.Kind), table.Text[$"IncidentFigures.Kind.{k.Kind}"], flow.KindsWithheld);
                }

                foreach (var b in flow.ByBand)
                {
                    yield return table.Row(period, measure, b.Count, "severity:" + EnumText.ToText(b.Band), table.Text[$"IncidentFigures.Band.{b.Band}"], flow.BandsWithheld);
                }
            }

            yield return table.Row(period, Measures.MedianDaysToReferral, q.MedianDaysToReferral);
            yield return table.Row(period, Measures.MedianDaysToClosure, q.MedianDaysToClosure);
        }
    }

    private static (Measure Measure, Cell Cell)[] Figures(Cell held, Cell planned, Cell attendance, Cell women, Cell decisions, Cell opened, Cell done, Cell overdue, Cell onTime) =>
    [
        (Measures.MeetingsHeld, held), (Measures.MeetingsPlanned, planned), (Measures.AttendanceRate, attendance), (Measures.WomenShare, women),
        (Measures.Decisions, decisions), (Measures.ItemsOpened, opened), (Measures.ItemsDone, done), (Measures.ItemsOverdue, overdue), (Measures.OnTimeRate, onTime),
    ];

    /// <summary>What a row measures: its code, the resource naming it, and its unit.</summary>
    private sealed record Measure(string Code, string Name, string Unit);

    private static class Measures
    {
        public static readonly Measure MeetingsHeld = new("meetings_held", "Progress.Held", "count");
        public static readonly Measure MeetingsPlanned = new("meetings_planned", "Progress.Planned", "count");
        public static readonly Measure AttendanceRate = new("attendance_rate", "Progress.AttendanceRate", "percent");
        public static readonly Measure TypesPresent = new("stakeholder_types_present", "Progress.TypesPresent", "count");
        public static readonly Measure WomenShare = new("women_share", "Progress.WomenShare", "percent");
        public static readonly Measure Decisions = new("decisions", "Progress.Decisions", "count");
        public static readonly Measure ItemsOpened = new("items_opened", "Progress.ItemsOpened", "count");
        public static readonly Measure ItemsDone = new("items_done", "Progress.ItemsDone", "count");
        public static readonly Measure ItemsOverdue = new("items_overdue", "Progress.ItemsOverdue", "count");
        public static readonly Measure OnTimeRate = new("on_time_rate", "Progress.OnTimeRate", "percent");
        public static readonly Measure Commitments = new("commitments", "Progress.Commitments", "count");
        public static readonly Measure FulfilledShare = new("fulfilled_share", "Progress.FulfilledShare", "percent");
        public static readonly Measure Attendances = new("attendances", "Progress.Attendances", "count");
        public static readonly Measure IncidentsReceived = new("incidents_received", "IncidentFigures.Received", "count");
        public static readonly Measure IncidentsClosed = new("incidents_closed", "IncidentFigures.Closed", "count");
        public static readonly Measure MedianDaysToReferral = new("median_days_to_referral", "IncidentFigures.MedianReferral", "days");
        public static readonly Measure MedianDaysToClosure = new("median_days_to_closure", "IncidentFigures.MedianClosure", "days");
    }

    /// <summary>Writes rows of one group: the columns that repeat on every row are filled here.</summary>
    private sealed class Table(IStringLocalizer<Text> text, ProgressFilter filter, GroupProgress group)
    {
        public IStringLocalizer<Text> Text => text;

        public IReadOnlyList<string?> Row(string period, Measure measure, Cell cell, string category = "", string categoryName = "", bool withheld = false) =>
        [
            group.Name, group.Country, filter.Period.FirstMonth, filter.Period.LastMonth, period,
            measure.Code, text[measure.Name], category, categoryName,
            withheld || !cell.IsExact ? "" : cell.Value.ToString("0.#", CultureInfo.InvariantCulture),
            measure.Unit,
            withheld ? "withheld" : cell.Kind switch
            {
                CellKind.Exact => "",
                CellKind.Small => "small",
                CellKind.Hidden => "hidden",
                _ => "none",
            },
        ];
    }
}
