namespace Platform.Host.CommandLine;

/// <summary>What <c>verify-journal</c> prints: one line for an intact journal, else one line per thing found.</summary>
internal static class JournalReportText
{
    public static IEnumerable<string> Lines(JournalReport report)
    {
        if (report.IsIntact)
        {
            yield return Text($"journal ok: {report.Chain.Count} entries, matching {report.AnchorsChecked} signed anchors");
            yield break;
        }

        if (!report.Chain.IsIntact)
        {
            yield return Text($"journal broken at seq {report.Chain.BrokenAtSeq}");
        }

        foreach (var finding in report.Findings)
        {
            yield return finding.Problem switch
            {
                AnchorProblem.Truncated => Text(
                    $"journal truncated: anchor {finding.File} says the chain reached seq {finding.AnchorSeq} but it ends at seq {report.LastSeq}; rows {finding.FromSeq} to {finding.AnchorSeq} are missing"),
                AnchorProblem.Rewritten => Text(
                    $"journal rewritten: the row at seq {finding.AnchorSeq} does not match anchor {finding.File}; a row from seq {finding.FromSeq} to {finding.AnchorSeq} was rewritten"),
                _ => Text($"anchor {finding.File}: unreadable or its signature does not hold (forged, or signed with another key)"),
            };
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
