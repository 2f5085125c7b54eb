namespace Platform.Grains.Commitments;

/// <summary>The organisation is the one the actor acts for in the group; the page looks it up, never a form field.</summary>
[GenerateSerializer, Immutable, Alias("rt.CreateCommitment")]
public sealed record CreateCommitment(Guid GroupId, Guid OrganisationId, string Text, CommitmentStandard Standard, string ActorId, Guid? IncidentId = null);

/// <summary><paramref name="ExpectedVersion"/> is the commitment version the form showed.</summary>
[GenerateSerializer, Immutable, Alias("rt.UpdateCommitment")]
public sealed record UpdateCommitment(string Text, CommitmentStandard Standard, CommitmentStatus Status, string ActorId, long? ExpectedVersion = null);

[GenerateSerializer, Immutable, Alias("rt.AddMilestone")]
public sealed record AddMilestone(string Title, LocalDate DueDate, string ActorId)
{
    public string Title { get; init => field = SingleLine.Clean(value); } = SingleLine.Clean(Title);
}

[GenerateSerializer, Immutable, Alias("rt.CompleteMilestone")]
public sealed record CompleteMilestone(Guid MilestoneId, string ActorId);

/// <summary><paramref name="ExpectedVersion"/> is the version of the commitment (which holds its milestones) the form showed.</summary>
[GenerateSerializer, Immutable, Alias("rt.EditMilestone")]
public sealed record EditMilestone(Guid MilestoneId, string Title, LocalDate DueDate, string ActorId, long? ExpectedVersion = null)
{
    public string Title { get; init => field = SingleLine.Clean(value); } = SingleLine.Clean(Title);
}

[GenerateSerializer, Immutable, Alias("rt.RemoveMilestone")]
public sealed record RemoveMilestone(Guid MilestoneId, string ActorId);

[GenerateSerializer, Immutable, Alias("rt.AddEvidence")]
public sealed record AddEvidence(string Link, string? Note, string ActorId);

[GenerateSerializer, Immutable, Alias("rt.VerifyCommitment")]
public sealed record VerifyCommitment(string ActorId);
