using System.Text.Encodings.Web;

namespace Platform.Web.Reports;

/// <summary>
/// The portfolio's group sections (heading, <c>PeriodFiguresList</c>'s figures, <c>Trend</c>'s bar strip) written into
/// one string, byte for byte what those components render (a test compares both). Issue 13: 200 groups as some 600
/// components cost ≈12 ms per view, half the page; the labels are looked up once per view instead of once per group.
/// Every cell goes through <see cref="ProgressText.Show"/>, as in the components, so the small-count rule is unchanged.
/// </summary>
public static class PortfolioHtml
{
    private static readonly string[] FigureKeys =
    [
        "Progress.MeetingsHeldPlanned", "Progress.AttendanceRate", "Progress.TypesPresent", "Progress.WomenShare", "Progress.Decisions",
        "Progress.ItemsOpened", "Progress.ItemsDone", "Progress.ItemsOverdue", "Progress.OnTimeRate", "Progress.Commitments",
        "Progress.FulfilledShare",
    ];

    public static string Groups(IStringLocalizer<Text> text, IReadOnlyList<GroupProgress> groups, string query)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(groups);
        var labels = new string[FigureKeys.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = Encode(text[FigureKeys[i]]);
        }

        var trend = text["Progress.Trend"].Value;
        var html = new StringBuilder(groups.Count * 2_400);
        foreach (var group in groups)
        {
            Section(html, text, labels, trend, group, query);
        }

        return html.ToString();
    }

    private static void Section(StringBuilder html, IStringLocalizer<Text> text, string[] labels, string trend, GroupProgress group, string query)
    {
        var id = group.GroupId.ToString();
        html.Append("<section aria-labelledby=\"group-").Append(id).Append("\" class=\"portfolio-group\"><h2 id=\"group-").Append(id)
            .Append("\"><a href=\"").Append(Encode($"/groups/{id}/summary{query}")).Append("\">").Append(Encode(group.Name))
            .Append("</a> <small>").Append(Encode(Organisations.Countries.Name(group.Country))).Append("</small></h2>\n        ");
        Figures(html, text, labels, group.Totals);
        html.Append("\n        <p class=\"trend-row\">").Append(Encode(trend)).Append("\n            ");
        Trend(html, text, $"trend-{id}", trend, group.Months);
        html.Append("</p></section>");
    }

    private static void Figures(StringBuilder html, IStringLocalizer<Text> text, string[] labels, PeriodFigures f)
    {
        html.Append("<dl class=\"progress-figures\">");
        Figure(html, labels[0], Show(text, f.MeetingsHeld) + " / " + Show(text, f.MeetingsPlanned), first: true);
        Figure(html, labels[1], Show(text, f.AttendanceRate, true));
        Figure(html, labels[2], Show(text, f.StakeholderTypesPresent));
        Figure(html, labels[3], Show(text, f.WomenShare, true));
        Figure(html, labels[4], Show(text, f.Decisions));
        Figure(html, labels[5], Show(text, f.ItemsOpened));
        Figure(html, labels[6], Show(text, f.ItemsDone));
        Figure(html, labels[7], Show(text, f.ItemsOverdue));
        Figure(html, labels[8], Show(text, f.OnTimeRate, true));
        Figure(html, labels[9], Show(text, f.Commitments));
        Figure(html, labels[10], Show(text, f.FulfilledShare, true));
        html.Append("</dl>");
    }

    private static void Figure(StringBuilder html, string label, string value, bool first = false) =>
        html.Append(first ? "<dt>" : "\n    <dt>").Append(label).Append("</dt>\n    <dd>").Append(value).Append("</dd>");

    private static string Show(IStringLocalizer<Text> text, Cell cell, bool percent = false) => Encode(ProgressText.Show(text, cell, percent));

    private static void Trend(StringBuilder html, IStringLocalizer<Text> text, string id, string label, IReadOnlyList<MonthFigures> months)
    {
        var max = (double)SmallCounts.Threshold;
        foreach (var month in months)
        {
            if (month.MeetingsHeld.IsExact && month.MeetingsHeld.Value > max)
            {
                max = month.MeetingsHeld.Value;
            }
        }

        html.Append("<svg role=\"img\" aria-labelledby=\"").Append(Encode(id)).Append("-title\" viewBox=\"0 0 ").Append(months.Count * 8)
            .Append(" 24\" class=\"trend\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"").Append(Encode(id)).Append("-title\">")
            .Append(Encode(label)).Append(": ");
        var title = new StringBuilder();
        for (var i = 0; i < months.Count; i++)
        {
            title.Append(i == 0 ? "" : ", ").Append(ViewerClock.ShortMonth(months[i].Month)).Append(' ').Append(ProgressText.Show(text, months[i].MeetingsHeld));
        }

        html.Append(Encode(title.ToString())).Append("</title>");
        for (var i = 0; i < months.Count; i++)
        {
            var cell = months[i].MeetingsHeld;
            var h = cell.Kind switch
            {
                CellKind.Exact => 22 * cell.Value / max,
                CellKind.Small => 22 * (SmallCounts.Threshold / 2.0) / max,
                _ => 0,
            };
            if (h > 0)
            {
                html.Append("<rect class=\"bar ").Append(cell.Kind == CellKind.Small ? "bar-small" : "").Append("\" x=\"").Append(i * 8 + 1)
                    .Append("\" y=\"").Append(Num(24 - h)).Append("\" width=\"6\" height=\"").Append(Num(h)).Append("\"></rect>");
            }
        }

        html.Append("</svg>");
    }

    private static string Num(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);
}
