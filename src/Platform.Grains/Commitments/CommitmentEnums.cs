namespace Platform.Grains.Commitments;

/// <summary>The standard a commitment is made under; stored as snake_case text (icoc, oecd_due_diligence, …).</summary>
[GenerateSerializer, Alias("rt.CommitmentStandard")]
public enum CommitmentStandard
{
    VoluntaryPrinciples,
    Icoc,
    OecdDueDiligence,
    Craft,
    Fairmined,
    Other,
}

/// <summary>How the pledging organisation says the commitment stands.</summary>
[GenerateSerializer, Alias("rt.CommitmentStatus")]
public enum CommitmentStatus
{
    OnTrack,
    AtRisk,
    OffTrack,
    Fulfilled,
    Withdrawn,
}
