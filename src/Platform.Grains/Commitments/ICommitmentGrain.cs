namespace Platform.Grains.Commitments;

/// <summary>
/// One organisation's commitment in one group. Changes come from people acting for the pledging organisation or the
/// group's facilitators; a change by the organisation clears verification. Refusals throw <see cref="RuleException"/>.
/// </summary>
public interface ICommitmentGrain : IGrainWithGuidKey
{
    Task<CommitmentState> CreateAsync(CreateCommitment command);

    Task<CommitmentState> UpdateAsync(UpdateCommitment command);

    Task<CommitmentState> AddMilestoneAsync(AddMilestone command);

    Task<CommitmentState> CompleteMilestoneAsync(CompleteMilestone command);

    /// <summary>Corrects an open milestone's title or date; a done milestone is part of the record and stays as it is.</summary>
    Task<CommitmentState> EditMilestoneAsync(EditMilestone command);

    /// <summary>Removes an open milestone (progress is then counted over the others); a done one cannot be removed.</summary>
    Task<CommitmentState> RemoveMilestoneAsync(RemoveMilestone command);

    Task<CommitmentState> AddEvidenceAsync(AddEvidence command);

    /// <summary>Records who verified and when; only the facilitator route calls it, its policy decides who may.</summary>
    Task<CommitmentState> VerifyAsync(VerifyCommitment command);

    Task<CommitmentState?> GetAsync();
}
