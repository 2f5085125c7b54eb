namespace Platform.Grains.Journal;

/// <summary>What verify-journal found: the chain walk, how many anchors it was held against, and what did not match.</summary>
public sealed record JournalReport(JournalVerification Chain, long LastSeq, int AnchorsChecked, IReadOnlyList<AnchorFinding> Findings)
{
    public bool IsIntact => Chain.IsIntact && Findings.Count == 0;
}

public enum AnchorProblem
{
    /// <summary>An anchor says the chain reached <see cref="AnchorFinding.AnchorSeq"/>; it ends at <see cref="AnchorFinding.FromSeq"/> − 1.</summary>
    Truncated,

    /// <summary>The row at the anchor's seq has another hash: a row from <see cref="AnchorFinding.FromSeq"/> to <see cref="AnchorFinding.AnchorSeq"/> was rewritten.</summary>
    Rewritten,

    /// <summary>The anchor file cannot be read or its signature does not hold (forged, or signed with another key).</summary>
    BadSignature,
}

/// <summary>One mismatch between the database and an anchor; for <see cref="AnchorProblem.BadSignature"/> only <see cref="File"/> counts.</summary>
public sealed record AnchorFinding(AnchorProblem Problem, string File, long AnchorSeq, long FromSeq);
