using Microsoft.Extensions.Localization;
using Platform.Grains.Progress;
using Platform.Web.ActionItems;
using Platform.Web.Localization;

namespace Platform.Web.Reports;

/// <summary>
/// Every figure the pages show, as CSV (formula-safe through <see cref="Csv"/>), with the same cells and the same
/// formatter: a "&lt;5" on screen is "&lt;5" here, never the number behind it.
/// </summary>
public static class ProgressCsv
{
    public static string Portfolio(IStringLocalizer<Text> text, ProgressFilter filter, IReadOnlyList<GroupProgress> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        List<IReadOnlyList<string?>> rows = [Meta(text, filter), [text["Progress.Group"], text["Progress.Country"], .. TotalHeaders(text), .. MonthHeaders(text, filter)]];
        rows.AddRange(groups.Select(g => (IReadOnlyList<string?>)[g.Name, g.Country, .. Totals(text, g.Totals), .. g.Months.Select(m => ProgressText.Show(text, m.MeetingsHeld))]));
        return Csv.Write(rows);
    }

    public static string Group(IStringLocalizer<Text> text, ProgressFilter filter, GroupProgress group)
    {
        ArgumentNullException.ThrowIfNull(group);
        List<IReadOnlyList<string?>> rows = [Meta(text, filter), [text["Progress.Group"], group.Name], []];
        rows.AddRange(TotalHeaders(text).Zip(Totals(text, group.Totals), (h, v) => (IReadOnlyList<string?>)[h, v]));
        rows.Add([]);
        rows.Add(
        [
            text["Progress.Month"], text["Progress.Held"], text["Progress.Planned"], text["Progress.AttendanceRate"], text["Progress.WomenShare"],
            text["Progress.Decisions"], text["Progress.ItemsOpened"], text["Progress.ItemsDone"], text["Progress.ItemsOverdue"], text["Progress.OnTimeRate"],
        ]);
        rows.AddRange(group.Months.Select(m => (IReadOnlyList<string?>)
        [
            ViewerClock.Machine(new NodaTime.YearMonth(m.Month.Year, m.Month.Month)),
            Show(text, m.MeetingsHeld), Show(text, m.MeetingsPlanned), Show(text, m.AttendanceRate, true), Show(text, m.WomenShare, true),
            Show(text, m.Decisions), Show(text, m.ItemsOpened), Show(text, m.ItemsDone), Show(text, m.ItemsOverdue), Show(text, m.OnTimeRate, true),
        ]));
        rows.Add([]);
        rows.Add([text["Progress.CommitmentsByStatus"], text["Progress.Count"]]);
        rows.AddRange(group.Commitments.Select(c => (IReadOnlyList<string?>)[text[$"CommitmentStatus.{c.Status}"], Show(text, c.Count)]));
        rows.Add([text["Progress.Total"], Show(text, group.Totals.Commitments)]);
        rows.Add([]);
        rows.Add([text["Progress.PresentByType"], text["Progress.Attendances"]]);
        rows.AddRange(group.PresentByType.Select(p => (IReadOnlyList<string?>)[ProgressText.TypeName(text, p.Type), Show(text, p.Present)]));
        rows.Add([text["Progress.Total"], Show(text, group.PresentTotal)]);
        return Csv.Write(rows);
    }

    private static string Show(IStringLocalizer<Text> text, Cell cell, bool percent = false) => ProgressText.Show(text, cell, percent);

    private static string?[] Meta(IStringLocalizer<Text> text, ProgressFilter filter) =>
    [
        text["Progress.Period"], filter.Period.FirstMonth, filter.Period.LastMonth,
        text["Progress.Country"], filter.Country ?? "",
        text["Progress.StakeholderType"], filter.StakeholderType is { } t ? text[$"Stakeholder.{t}"] : "",
        text["Progress.SmallCountNote"],
    ];

    private static string[] TotalHeaders(IStringLocalizer<Text> text) =>
    [
        text["Progress.Held"], text["Progress.Planned"], text["Progress.AttendanceRate"], text["Progress.TypesPresent"], text["Progress.WomenShare"],
        text["Progress.Decisions"], text["Progress.ItemsOpened"], text["Progress.ItemsDone"], text["Progress.ItemsOverdue"], text["Progress.OnTimeRate"],
        text["Progress.Commitments"], text["Progress.FulfilledShare"],
    ];

    private static string[] Totals(IStringLocalizer<Text> text, PeriodFigures f) =>
    [
        Show(text, f.MeetingsHeld), Show(text, f.MeetingsPlanned), Show(text, f.AttendanceRate, true), Show(text, f.StakeholderTypesPresent),
        Show(text, f.WomenShare, true), Show(text, f.Decisions), Show(text, f.ItemsOpened), Show(text, f.ItemsDone), Show(text, f.ItemsOverdue),
        Show(text, f.OnTimeRate, true), Show(text, f.Commitments), Show(text, f.FulfilledShare, true),
    ];

    private static IEnumerable<string> MonthHeaders(IStringLocalizer<Text> text, ProgressFilter filter) =>
        filter.Period.Months.Select(m => $"{text["Progress.Held"]} {ViewerClock.Machine(new NodaTime.YearMonth(m.Year, m.Month))}");
}
