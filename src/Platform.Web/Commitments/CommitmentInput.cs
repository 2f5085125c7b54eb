namespace Platform.Web.Commitments;

/// <summary>What the commitment form posts; kept as typed so a refused post shows it again.</summary>
public sealed class CommitmentInput
{
    [Display(Name = "Commitment.Text")]
    public string? Text { get; set; }

    [ShownAs("CommitmentStandard")]
    [Display(Name = "Commitment.Standard")]
    public string? Standard { get; set; }

    [ShownAs("CommitmentStatus")]
    [Display(Name = "Commitment.Status")]
    public string? Status { get; set; }

    /// <summary>The incident this commitment answers (its id), chosen among those the pledger sees; empty: none.</summary>
    public string? Incident { get; set; }

    /// <summary>The commitment version the form showed (a hidden field).</summary>
    public long Version { get; set; }
}

public sealed class MilestoneInput
{
    [Display(Name = "Commitment.MilestoneTitle")]
    public string? Title { get; set; }

    [Display(Name = "Commitment.DueDate")]
    public string? DueDate { get; set; }

    /// <summary>When changing a milestone: the version of its commitment the form showed (a hidden field).</summary>
    public long Version { get; set; }
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
