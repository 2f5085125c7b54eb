using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Platform.Grains.Runtime;
using Platform.Grains.Storage;
using Platform.Grains.WorkingGroups;

namespace Platform.Grains.Tests.WorkingGroups;

/// <summary>
/// What every grain test silo shares: the grain runtime over a test database with the clock at 2026-11-22 12:00 UTC,
/// working groups to act in, and the <typeparamref name="TEvent"/> events the grains published, in order.
/// </summary>
internal abstract class GrainSilo<TEvent> : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly IDisposable subscription;

    protected GrainSilo(Database database, Action<IServiceCollection> register)
    {
        ArgumentNullException.ThrowIfNull(register);
        Groups = new GroupSilo(database);
        var collection = new ServiceCollection()
            .AddLogging()
            .AddSingleton(database)
            .AddSingleton<TimeProvider>(Time)
            .AddGrains();
        register(collection);
        services = collection.BuildServiceProvider();
        subscription = services.GetRequiredService<IEventBus>().Subscribe<TEvent>((e, _) =>
        {
            Published.Enqueue(e);
            return Task.CompletedTask;
        });
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    public GroupSilo Groups { get; }

    public ConcurrentQueue<TEvent> Published { get; } = new();

    protected TGrain Grain<TGrain>(Guid id) where TGrain : IGrainWithGuidKey =>
        services.GetRequiredService<IGrainFactory>().GetGrain<TGrain>(id);

    /// <summary>A group in <paramref name="zone"/> with a facilitator (returned) acting for a new organisation.</summary>
    public async Task<(Guid Group, string Facilitator, Guid Organisation)> GroupAsync(string zone = "America/Bogota", string? name = null)
    {
        var ana = await Groups.PersonAsync(name is null ? "Ana" : "Ana " + name);
        var org = await Groups.OrganisationAsync(name is null ? "Corporación Jurídica" : "Corporación " + name);
        var id = Guid.NewGuid();
        var details = name is null ? GroupSilo.Details() : GroupSilo.Details(name);
        await Groups.Group(id).CreateAsync(new CreateWorkingGroup(details with { TimeZone = zone }, ana, org));
        return (id, ana, org);
    }

    public async ValueTask DisposeAsync()
    {
        subscription.Dispose();
        await services.DisposeAsync();
        await Groups.DisposeAsync();
    }
}
