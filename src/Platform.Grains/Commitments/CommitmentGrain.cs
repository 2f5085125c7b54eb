namespace Platform.Grains.Commitments;

/// <summary>
/// One commitment. Every command writes the versioned commitment row (so concurrent changes conflict rather than
/// interleave), the rows it owns and one journal entry in one transaction, then publishes an event with the seq.
/// </summary>
public sealed class CommitmentGrain(IGrainContext context, CommitmentStore store, GrainPersistence persistence, Incidents.IncidentLinks incidents, TimeProvider time)
    : StoredGrain<CommitmentState>(context, store.LoadAsync), ICommitmentGrain
{
    private readonly Guid id = context.GrainId.GetGuidKey();

    public async Task<CommitmentState> CreateAsync(CreateCommitment command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Current is not null)
        {
            throw RuleException.Of(CommitmentRule.AlreadyExists);
        }

        // The creator must act for the organisation that pledges: nobody pledges on another's behalf.
        if (await store.SeatAsync(command.GroupId, command.ActorId) is not { } seat || seat.OrganisationId != command.OrganisationId || seat.Role == "observer")
        {
            throw RuleException.Of(CommitmentRule.NotPledger);
        }

        // An incident it answers: one the pledger may see (at least its shared summary), open, of this group.
        if (command.IncidentId is { } incident && !await incidents.MayNameAsync(command.GroupId, incident, command.ActorId))
        {
            throw RuleException.Of(CommitmentRule.IncidentNotFound, "Incident");
        }

        var now = time.GetUtcNow();
        var state = new CommitmentState(id, command.GroupId, command.OrganisationId, CommitmentRules.Text(command.Text), command.Standard, CommitmentStatus.OnTrack, null, null, 1, now, now, [], command.IncidentId);
        await persistence.CommitAndPublishAsync(
            CommitmentStore.Insert(state),
            Entry(state, "created", command.ActorId, $"Commitment created ({EnumText.ToText(state.Standard)})"),
            e => new CommitmentCreated(state.GroupId, id, e.Seq));
        Current = state;
        return state;
    }

    public async Task<CommitmentState> UpdateAsync(UpdateCommitment command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, byPledger) = await ChangeableAsync(command.ActorId, command.ExpectedVersion);
        var next = current with { Text = CommitmentRules.Text(command.Text), Standard = command.Standard, Status = command.Status };
        if (command.Status == CommitmentStatus.Fulfilled && current.Milestones.Any(m => m.DoneAt is null))
        {
            throw RuleException.Of(CommitmentRule.MilestonesOpen, "Status");
        }

        return await CommitAsync(current, next, byPledger, [], command.ActorId, "updated", $"Commitment updated ({EnumText.ToText(next.Standard)}, {EnumText.ToText(next.Status)})");
    }

    public async Task<CommitmentState> AddMilestoneAsync(AddMilestone command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, byPledger) = await ChangeableAsync(command.ActorId);
        var milestone = new Milestone(Guid.NewGuid(), CommitmentRules.Title(command.Title), command.DueDate, null, current.Milestones.Count == 0 ? 1 : current.Milestones.Max(m => m.Position) + 1);
        var next = current with { Milestones = [.. current.Milestones, milestone] };
        return await CommitAsync(current, next, byPledger, [CommitmentStore.InsertMilestone(id, milestone)], command.ActorId, "milestone_added", $"Milestone {milestone.Position} added");
    }

    public async Task<CommitmentState> CompleteMilestoneAsync(CompleteMilestone command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, byPledger) = await ChangeableAsync(command.ActorId);
        var milestone = OpenMilestone(current, command.MilestoneId);
        var now = time.GetUtcNow();
        var next = current with { Milestones = [.. current.Milestones.Select(m => m.Id == milestone.Id ? m with { DoneAt = now } : m)] };
        return await CommitAsync(current, next, byPledger, [CommitmentStore.Complete(id, milestone.Id, now)], command.ActorId, "milestone_completed", $"Milestone {milestone.Position} done");
    }

    public async Task<CommitmentState> EditMilestoneAsync(EditMilestone command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, byPledger) = await ChangeableAsync(command.ActorId, command.ExpectedVersion);
        var milestone = OpenMilestone(current, command.MilestoneId);
        var changed = milestone with { Title = CommitmentRules.Title(command.Title), DueDate = command.DueDate };
        var next = current with { Milestones = [.. current.Milestones.Select(m => m.Id == milestone.Id ? changed : m)] };
        return await CommitAsync(current, next, byPledger, [CommitmentStore.UpdateMilestone(id, changed)], command.ActorId, "milestone_changed", $"Milestone {milestone.Position} changed");
    }

    public async Task<CommitmentState> RemoveMilestoneAsync(RemoveMilestone command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, byPledger) = await ChangeableAsync(command.ActorId);
        var milestone = OpenMilestone(current, command.MilestoneId);
        var next = current with { Milestones = [.. current.Milestones.Where(m => m.Id != milestone.Id)] };
        return await CommitAsync(current, next, byPledger, [CommitmentStore.DeleteMilestone(id, milestone.Id)], command.ActorId, "milestone_removed", $"Milestone {milestone.Position} removed");
    }

    private static Milestone OpenMilestone(CommitmentState current, Guid milestoneId)
    {
        var milestone = current.Milestones.FirstOrDefault(m => m.Id == milestoneId) ?? throw RuleException.Of(CommitmentRule.MilestoneNotFound);
        return milestone.DoneAt is null ? milestone : throw RuleException.Of(CommitmentRule.MilestoneDone);
    }

    public async Task<CommitmentState> AddEvidenceAsync(AddEvidence command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, byPledger) = await ChangeableAsync(command.ActorId);
        var link = CommitmentRules.Link(command.Link);
        var note = CommitmentRules.Note(command.Note);
        var write = CommitmentStore.InsertEvidence(id, link, note, command.ActorId, time.GetUtcNow());
        return await CommitAsync(current, current, byPledger, [write], command.ActorId, "evidence_added", "Evidence added");
    }

    public async Task<CommitmentState> VerifyAsync(VerifyCommitment command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = Current ?? throw RuleException.Of(CommitmentRule.NotFound);
        var now = time.GetUtcNow();
        var next = current with { VerifiedBy = command.ActorId, VerifiedAt = now, Version = current.Version + 1, UpdatedAt = now };
        await persistence.CommitAndPublishAsync(
            CommitmentStore.Update(next, current.Version),
            Entry(current, "verified", command.ActorId, "Commitment verified by a facilitator"),
            e => new CommitmentVerified(current.GroupId, id, e.Seq));
        Current = next;
        return next;
    }

    /// <summary>The commitment, if the actor may change it; and whether the actor acts for the pledging organisation.</summary>
    private async Task<(CommitmentState Current, bool ByPledger)> ChangeableAsync(string actorId, long? expectedVersion = null)
    {
        var current = Current ?? throw RuleException.Of(CommitmentRule.NotFound);
        var seat = await store.SeatAsync(current.GroupId, actorId);
        var byPledger = seat is { } s && s.OrganisationId == current.OrganisationId && s.Role != "observer";
        if (!CommitmentRules.MayChange(seat, current.OrganisationId))
        {
            throw RuleException.Of(CommitmentRule.NotPledger);
        }

        if (current.Status == CommitmentStatus.Withdrawn)
        {
            throw RuleException.Of(CommitmentRule.Withdrawn);
        }

        EditVersion.Require(expectedVersion, current.Version, "commitment", id.ToString("D"));
        return (current, byPledger);
    }

    private async Task<CommitmentState> CommitAsync(CommitmentState current, CommitmentState next, bool byPledger, IReadOnlyList<StateWrite> related, string actor, string action, string summary)
    {
        // A verification vouches for what the facilitator saw; once the organisation changes it, it is self-reported again.
        var cleared = byPledger && current.Verified;
        next = next with
        {
            VerifiedBy = cleared ? null : next.VerifiedBy,
            VerifiedAt = cleared ? null : next.VerifiedAt,
            Version = current.Version + 1,
            UpdatedAt = time.GetUtcNow(),
        };
        await persistence.CommitAndPublishAsync(
            CommitmentStore.Update(next, current.Version),
            related,
            Entry(current, action, actor, cleared ? summary + "; verification cleared" : summary),
            e => new CommitmentChanged(current.GroupId, id, e.Seq));
        Current = next;
        return next;
    }

    private NewJournalEntry Entry(CommitmentState state, string action, string? actor, string summary) =>
        new(state.GroupId, "commitment", id.ToString("D"), action, actor, summary);
}
