namespace Platform.Grains.Commitments;

/// <summary>One line of a commitments list; progress is derived from milestone counts.</summary>
public sealed record CommitmentLine(
    Guid Id,
    Guid GroupId,
    string GroupName,
    string OrganisationName,
    string Text,
    CommitmentStandard Standard,
    CommitmentStatus Status,
    bool Verified,
    Progress Progress);

public sealed record EvidenceView(string Link, string Note, string AddedBy, DateTimeOffset AddedAt);

public sealed record HistoryView(string Action, string? ActorName, DateTimeOffset At);

/// <summary>What the detail page shows beside the grain's state: names, evidence and the journal's history.</summary>
public sealed record CommitmentExtras(string OrganisationName, string? VerifierName, IReadOnlyList<EvidenceView> Evidence, IReadOnlyList<HistoryView> History);
