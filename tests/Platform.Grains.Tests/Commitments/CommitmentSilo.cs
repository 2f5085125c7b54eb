using Platform.Grains.Commitments;
using Platform.Grains.Tests.WorkingGroups;
using Platform.Grains.WorkingGroups;

namespace Platform.Grains.Tests.Commitments;

/// <summary>The commitment grain over a test database, with a group: a facilitator, a company member and an observer.</summary>
internal sealed class CommitmentSilo(Database database) : GrainSilo<ICommitmentEvent>(database)
{
    public static Task<CommitmentSilo> StartAsync() => OnOwnDatabaseAsync(database => new CommitmentSilo(database));

    public ICommitmentGrain Commitment(Guid id) => Grain<ICommitmentGrain>(id);

    public async Task<Seats> SeatsAsync()
    {
        var (group, ana, civil) = await GroupAsync();
        var company = await Groups.OrganisationAsync("Minera del Norte", "large_scale_mining");
        var carlos = await Groups.PersonAsync("Carlos");
        var olga = await Groups.PersonAsync("Olga");
        await Groups.Group(group).AddMemberAsync(new AddMember(carlos, company, GroupRole.Member, ana));
        await Groups.Group(group).AddMemberAsync(new AddMember(olga, company, GroupRole.Observer, ana));
        return new Seats(group, ana, civil, carlos, company, olga);
    }
}

/// <summary>Ana facilitates for a civil-society organisation; Carlos is a member and Olga an observer for the company.</summary>
internal sealed record Seats(Guid Group, string Facilitator, Guid Civil, string Member, Guid Company, string Observer);
