using Platform.Grains.Commitments;

namespace Platform.Web.Commitments;

/// <summary>Commitment words in the reader's language: standards, statuses, verification, progress and refusals.</summary>
public static class CommitmentWords
{
    public static string Standard(IStringLocalizer<Text> t, CommitmentStandard standard) => t[$"CommitmentStandard.{standard}"];

    public static string Status(IStringLocalizer<Text> t, CommitmentStatus status) => t[$"CommitmentStatus.{status}"];

    public static string Verification(IStringLocalizer<Text> t, bool verified) => verified ? t["Commitment.Verified"] : t["Commitment.SelfReported"];

    /// <summary>"2 of 3 milestones (66 %)", or "no milestones" — never a bare percentage of nothing.</summary>
    public static string Progress(IStringLocalizer<Text> t, Progress progress) =>
        progress.Total == 0 ? t["Commitment.NoMilestones"] : t["Commitment.Progress", progress.Done, progress.Total, progress.Percent];

}
