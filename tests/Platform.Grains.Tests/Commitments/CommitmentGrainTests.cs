using Platform.Grains;
using Platform.Grains.Commitments;

namespace Platform.Grains.Tests.Commitments;

/// <remarks>Each test has its own database and silo, with the seats of <see cref="CommitmentSilo.SeatsAsync"/>.</remarks>
public sealed class CommitmentGrainTests : IAsyncLifetime
{
    private const string Pledge = "Formar a todo el personal de seguridad en derechos humanos";

    private CommitmentSilo silo = null!;
    private Seats s = null!;

    public async Task InitializeAsync()
    {
        silo = await CommitmentSilo.StartAsync();
        s = await silo.SeatsAsync();
    }

    /// <remarks>The silo takes its database with it.</remarks>
    public Task DisposeAsync() => silo is null ? Task.CompletedTask : silo.DisposeAsync().AsTask();

    /// <summary>A commitment the member pledged for the company under <paramref name="standard"/>.</summary>
    private async Task<ICommitmentGrain> PledgedAsync(CommitmentStandard standard)
    {
        var grain = silo.Commitment(Guid.NewGuid());
        await grain.CreateAsync(new CreateCommitment(s.Group, s.Company, Pledge, standard, s.Member));
        return grain;
    }

    /// <summary>A commitment (ICoC standard) with three open milestones due 1 March 2027: hire a trainer, first and second workshop.</summary>
    private async Task<ICommitmentGrain> WithThreeMilestonesAsync()
    {
        var grain = await PledgedAsync(CommitmentStandard.Icoc);
        foreach (var title in new[] { "Contratar formador", "Primer taller", "Segundo taller" })
        {
            await grain.AddMilestoneAsync(new AddMilestone(title, new LocalDate(2027, 3, 1), s.Member));
        }

        return grain;
    }

    [Fact]
    public async Task Create_ByMemberForOwnOrganisation_StoresJournalsAndPublishesWithSeq()
    {
        var id = Guid.NewGuid();

        var created = await silo.Commitment(id).CreateAsync(new CreateCommitment(s.Group, s.Company, Pledge, CommitmentStandard.VoluntaryPrinciples, s.Member));

        Assert.Equal((CommitmentStatus.OnTrack, false, 1L), (created.Status, created.Verified, created.Version));
        Assert.Equal(created with { Milestones = [] }, (await silo.Commitment(id).GetAsync())! with { Milestones = [] });
        var published = Assert.Single((await silo.PublishedAsync()));
        Assert.Equal(s.Group, published.GroupId);
        Assert.True(published.Seq > 0);
        Assert.Equal(1, await silo.Groups.CountAsync("SELECT COUNT(*) FROM journal_entry WHERE entity_kind = 'commitment' AND action = 'created'"));
    }

    [Fact]
    public async Task Create_ForAnotherOrganisationOrAsObserver_IsRefused()
    {

        var other = await Assert.ThrowsAsync<RuleException<CommitmentRule>>(() => silo.Commitment(Guid.NewGuid()).CreateAsync(new CreateCommitment(s.Group, s.Civil, Pledge, CommitmentStandard.Icoc, s.Member)));
        var observer = await Assert.ThrowsAsync<RuleException<CommitmentRule>>(() => silo.Commitment(Guid.NewGuid()).CreateAsync(new CreateCommitment(s.Group, s.Company, Pledge, CommitmentStandard.Icoc, s.Observer)));

        Assert.Equal((CommitmentRule.NotPledger, CommitmentRule.NotPledger), (other.Code, observer.Code));
        Assert.Equal(0, await silo.Groups.CountAsync("SELECT COUNT(*) FROM commitment"));
    }

    [Fact]
    public async Task CompleteMilestone_OneOfThree_DerivesThirtyThreePercent()
    {
        var grain = await WithThreeMilestonesAsync();

        var first = (await grain.GetAsync())!.Milestones[0];
        var after = await grain.CompleteMilestoneAsync(new CompleteMilestone(first.Id, s.Member));

        Assert.Equal((1, 3, 33), (after.Progress.Done, after.Progress.Total, after.Progress.Percent));
        Assert.Equal(after.Progress, (await grain.GetAsync())!.Progress);
        Assert.Equal([1, 2, 3], after.Milestones.Select(m => m.Position));
    }

    [Fact]
    public async Task Update_ByPledgerAfterVerification_ClearsVerificationButFacilitatorChangeKeepsIt()
    {
        var grain = await PledgedAsync(CommitmentStandard.Icoc);

        var verified = await grain.VerifyAsync(new VerifyCommitment(s.Facilitator));
        var byFacilitator = await grain.AddEvidenceAsync(new AddEvidence("https://example.org/informe.pdf", "Informe anual", s.Facilitator));
        var byPledger = await grain.UpdateAsync(new UpdateCommitment(Pledge + " y contratistas", CommitmentStandard.Icoc, CommitmentStatus.AtRisk, s.Member));

        Assert.Equal((s.Facilitator, silo.Time.GetUtcNow()), (verified.VerifiedBy, verified.VerifiedAt!.Value));
        Assert.True(byFacilitator.Verified);
        Assert.False(byPledger.Verified);
        Assert.False((await grain.GetAsync())!.Verified);
        Assert.Equal(1, await silo.Groups.CountAsync("SELECT COUNT(*) FROM journal_entry WHERE entity_kind = 'commitment' AND summary LIKE '%verification cleared'"));
    }

    [Fact]
    public async Task Update_ByMemberOfAnotherOrganisation_IsRefusedAndChangesNothing()
    {
        var grain = silo.Commitment(Guid.NewGuid());
        var created = await grain.CreateAsync(new CreateCommitment(s.Group, s.Company, Pledge, CommitmentStandard.Icoc, s.Member));

        var refused = await Assert.ThrowsAsync<RuleException<CommitmentRule>>(() => grain.UpdateAsync(new UpdateCommitment("Otra cosa", CommitmentStandard.Other, CommitmentStatus.OffTrack, s.Observer)));

        Assert.Equal(CommitmentRule.NotPledger, refused.Code);
        var stored = (await grain.GetAsync())!;
        Assert.Equal((created.Text, created.Version), (stored.Text, stored.Version));
    }

    [Fact]
    public async Task Update_FulfilledWithOpenMilestones_IsRefused_WithdrawnRefusesLaterChanges()
    {
        var grain = await PledgedAsync(CommitmentStandard.Craft);
        await grain.AddMilestoneAsync(new AddMilestone("Taller", new LocalDate(2027, 1, 15), s.Member));

        var open = await Assert.ThrowsAsync<RuleException<CommitmentRule>>(() => grain.UpdateAsync(new UpdateCommitment(Pledge, CommitmentStandard.Craft, CommitmentStatus.Fulfilled, s.Member)));
        var milestone = (await grain.GetAsync())!.Milestones[0];
        await grain.CompleteMilestoneAsync(new CompleteMilestone(milestone.Id, s.Member));
        var fulfilled = await grain.UpdateAsync(new UpdateCommitment(Pledge, CommitmentStandard.Craft, CommitmentStatus.Fulfilled, s.Member));
        await grain.UpdateAsync(new UpdateCommitment(Pledge, CommitmentStandard.Craft, CommitmentStatus.Withdrawn, s.Member));
        var withdrawn = await Assert.ThrowsAsync<RuleException<CommitmentRule>>(() => grain.AddEvidenceAsync(new AddEvidence("https://example.org", null, s.Member)));

        Assert.Equal((CommitmentRule.MilestonesOpen, "Status"), (open.Code, open.Field));
        Assert.Equal((CommitmentStatus.Fulfilled, 100), (fulfilled.Status, fulfilled.Progress.Percent));
        Assert.Equal(CommitmentRule.Withdrawn, withdrawn.Code);
        Assert.Equal(CommitmentStatus.Withdrawn, (await grain.GetAsync())!.Status);
    }

    [Fact]
    public async Task AddEvidence_WithJavascriptLink_IsRefused()
    {
        var grain = await PledgedAsync(CommitmentStandard.Fairmined);

        var refused = await Assert.ThrowsAsync<RuleException<CommitmentRule>>(() => grain.AddEvidenceAsync(new AddEvidence("javascript:alert(1)", null, s.Member)));

        Assert.Equal((CommitmentRule.LinkInvalid, "Link"), (refused.Code, refused.Field));
        Assert.Equal(0, await silo.Groups.CountAsync("SELECT COUNT(*) FROM commitment_evidence"));
    }

    [Fact]
    public async Task EditAndRemoveMilestone_OpenOnes_ChangeProgressAndJournal_DoneOneRefused()
    {
        var grain = await WithThreeMilestonesAsync();

        var (first, second, third) = ((await grain.GetAsync())!.Milestones[0], (await grain.GetAsync())!.Milestones[1], (await grain.GetAsync())!.Milestones[2]);
        await grain.CompleteMilestoneAsync(new CompleteMilestone(first.Id, s.Member));
        await grain.EditMilestoneAsync(new EditMilestone(second.Id, "Primer taller en Segovia", new LocalDate(2027, 4, 15), s.Facilitator));
        var after = await grain.RemoveMilestoneAsync(new RemoveMilestone(third.Id, s.Member));
        var doneEdit = await Assert.ThrowsAsync<RuleException<CommitmentRule>>(() => grain.EditMilestoneAsync(new EditMilestone(first.Id, "Otro", new LocalDate(2027, 1, 1), s.Member)));
        var doneRemove = await Assert.ThrowsAsync<RuleException<CommitmentRule>>(() => grain.RemoveMilestoneAsync(new RemoveMilestone(first.Id, s.Member)));
        var observer = await Assert.ThrowsAsync<RuleException<CommitmentRule>>(() => grain.RemoveMilestoneAsync(new RemoveMilestone(second.Id, s.Observer)));

        var stored = (await grain.GetAsync())!;
        Assert.Equal(after with { Milestones = [] }, stored with { Milestones = [] });
        Assert.Equal(after.Milestones, stored.Milestones);
        Assert.Equal((1, 2, 50), (stored.Progress.Done, stored.Progress.Total, stored.Progress.Percent));
        Assert.Equal(("Primer taller en Segovia", new LocalDate(2027, 4, 15)), (stored.Milestones[1].Title, stored.Milestones[1].DueDate));
        Assert.Equal((CommitmentRule.MilestoneDone, CommitmentRule.MilestoneDone, CommitmentRule.NotPledger), (doneEdit.Code, doneRemove.Code, observer.Code));
        Assert.Equal(2, await silo.Groups.CountAsync("SELECT COUNT(*) FROM commitment_milestone"));
        Assert.Equal(1, await silo.Groups.CountAsync("SELECT COUNT(*) FROM journal_entry WHERE action = 'milestone_changed'"));
        Assert.Equal(1, await silo.Groups.CountAsync("SELECT COUNT(*) FROM journal_entry WHERE action = 'milestone_removed'"));
    }
}
