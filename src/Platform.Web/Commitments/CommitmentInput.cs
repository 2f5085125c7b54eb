namespace Platform.Web.Commitments;

/// <summary>What the commitment form posts; kept as typed so a refused post shows it again.</summary>
public sealed class CommitmentInput
{
    public string? Text { get; set; }

    public string? Standard { get; set; }

    public string? Status { get; set; }
}

public sealed class MilestoneInput
{
    public string? Title { get; set; }

    public string? DueDate { get; set; }
}

public sealed class CompleteInput
{
    public string? MilestoneId { get; set; }
}

public sealed class EvidenceInput
{
    public string? Link { get; set; }

    public string? Note { get; set; }
}
