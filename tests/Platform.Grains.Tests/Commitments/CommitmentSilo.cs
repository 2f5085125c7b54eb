using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Platform.Grains.Commitments;
using Platform.Grains.Runtime;
using Platform.Grains.Storage;
using Platform.Grains.Tests.WorkingGroups;
using Platform.Grains.WorkingGroups;

namespace Platform.Grains.Tests.Commitments;

/// <summary>The commitment grain over a test database, with a group: a facilitator, a company member and an observer.</summary>
internal sealed class CommitmentSilo : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly IDisposable subscription;

    public CommitmentSilo(Database database)
    {
        Groups = new GroupSilo(database);
        services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(database)
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<CommitmentStore>()
            .AddGrains()
            .AddGrain<ICommitmentGrain, CommitmentGrain>()
            .BuildServiceProvider();
        subscription = services.GetRequiredService<IEventBus>().Subscribe<ICommitmentEvent>((e, _) =>
        {
            Published.Enqueue(e);
            return Task.CompletedTask;
        });
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    public GroupSilo Groups { get; }

    public ConcurrentQueue<ICommitmentEvent> Published { get; } = new();

    public ICommitmentGrain Commitment(Guid id) => services.GetRequiredService<IGrainFactory>().GetGrain<ICommitmentGrain>(id);

    public async Task<Seats> GroupAsync()
    {
        var ana = await Groups.PersonAsync("Ana");
        var civil = await Groups.OrganisationAsync("Corporación Jurídica");
        var group = Guid.NewGuid();
        await Groups.Group(group).CreateAsync(new CreateWorkingGroup(GroupSilo.Details(), ana, civil));
        var company = await Groups.OrganisationAsync("Minera del Norte", "large_scale_mining");
        var carlos = await Groups.PersonAsync("Carlos");
        var olga = await Groups.PersonAsync("Olga");
        await Groups.Group(group).AddMemberAsync(new AddMember(carlos, company, GroupRole.Member, ana));
        await Groups.Group(group).AddMemberAsync(new AddMember(olga, company, GroupRole.Observer, ana));
        return new Seats(group, ana, civil, carlos, company, olga);
    }

    public async ValueTask DisposeAsync()
    {
        subscription.Dispose();
        await services.DisposeAsync();
        await Groups.DisposeAsync();
    }
}

/// <summary>Ana facilitates for a civil-society organisation; Carlos is a member and Olga an observer for the company.</summary>
internal sealed record Seats(Guid Group, string Facilitator, Guid Civil, string Member, Guid Company, string Observer);
