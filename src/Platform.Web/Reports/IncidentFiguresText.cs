namespace Platform.Web.Reports;

/// <summary>Incident figures as the page, the print version and the CSV read them: the same labels and the same cells.</summary>
public static class IncidentFiguresText
{
    public sealed record Row(string Label, string Received, string Closed);

    public static string Quarter(IStringLocalizer<Text> text, IncidentQuarter quarter)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        return string.Format(CultureInfo.CurrentCulture, text["IncidentFigures.QuarterName"], quarter.Year, quarter.Number);
    }

    /// <summary>One row per kind with anything to show (a kind at 0 in both is left out); a withheld breakdown reads so.</summary>
    public static IReadOnlyList<Row> KindRows(IStringLocalizer<Text> text, QuarterIncidentFigures quarter)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        var withheld = text["IncidentFigures.Withheld"];
        return [.. IncidentFigureRules.Kinds.Select((kind, i) => (kind, r: quarter.Received.ByKind[i].Count, c: quarter.Closed.ByKind[i].Count))
            .Where(x => !(IsZero(x.r) && IsZero(x.c)) && !(quarter.Received.KindsWithheld && quarter.Closed.KindsWithheld))
            .Select(x => new Row(
                text[$"IncidentFigures.Kind.{x.kind}"],
                quarter.Received.KindsWithheld ? withheld : ProgressText.Show(text, x.r),
                quarter.Closed.KindsWithheld ? withheld : ProgressText.Show(text, x.c))),
            .. quarter.Received.KindsWithheld && quarter.Closed.KindsWithheld ? [new Row(text["IncidentFigures.AllKinds"], withheld, withheld)] : Array.Empty<Row>()];
    }

    public static IReadOnlyList<Row> BandRows(IStringLocalizer<Text> text, QuarterIncidentFigures quarter)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        var withheld = text["IncidentFigures.Withheld"];
        return [.. IncidentFigureRules.Bands.Select((band, i) => new Row(
            text[$"IncidentFigures.Band.{band}"],
            quarter.Received.BandsWithheld ? withheld : ProgressText.Show(text, quarter.Received.ByBand[i].Count),
            quarter.Closed.BandsWithheld ? withheld : ProgressText.Show(text, quarter.Closed.ByBand[i].Count)))];
    }

    private static bool IsZero(Cell cell) => cell.IsExact && cell.Value == 0;
}
