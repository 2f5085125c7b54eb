using Platform.Grains.Commitments;
using Platform.Grains.Tests.WorkingGroups;
using Platform.Grains.WorkingGroups;

namespace Platform.Grains.Tests.Commitments;

public sealed class CommitmentQueriesTests
{
    [Fact]
    public async Task ForPerson_OrganisationPledgesInAGroupWithoutThem_ListsOnlyTheirGroupsCommitments()
    {
        await using var silo = await CommitmentSilo.StartAsync();
        var s = await silo.SeatsAsync();
        var otherGroup = Guid.NewGuid();
        var pedro = await silo.Groups.PersonAsync("Pedro");
        await silo.Groups.Group(otherGroup).CreateAsync(new CreateWorkingGroup(GroupSilo.Details("Mesa nacional"), s.Facilitator, s.Civil));
        await silo.Groups.Group(otherGroup).AddMemberAsync(new AddMember(pedro, s.Company, GroupRole.Member, s.Facilitator));
        var here = Guid.NewGuid();
        await silo.Commitment(here).CreateAsync(new CreateCommitment(s.Group, s.Company, "Capacitar a los vigilantes", CommitmentStandard.Icoc, s.Member));
        await silo.Commitment(Guid.NewGuid()).CreateAsync(new CreateCommitment(otherGroup, s.Company, "Publicar el informe", CommitmentStandard.OecdDueDiligence, pedro));
        await silo.Commitment(here).AddMilestoneAsync(new AddMilestone("Taller", new NodaTime.LocalDate(2027, 2, 1), s.Member));

        var mine = await new CommitmentQueries(silo.Database).ForPersonAsync(s.Member);
        var group = await new CommitmentQueries(silo.Database).ForGroupAsync(s.Group);

        var line = Assert.Single(mine);
        Assert.Equal((here, "Minera del Norte", 0, 1), (line.Id, line.OrganisationName, line.Progress.Done, line.Progress.Total));
        Assert.Equal([here], group.Select(l => l.Id));
    }
}
