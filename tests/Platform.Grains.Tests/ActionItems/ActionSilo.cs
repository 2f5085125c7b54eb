using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using Platform.Grains.ActionItems;
using Platform.Grains.Runtime;
using Platform.Grains.Storage;
using Platform.Grains.Tests.WorkingGroups;
using Platform.Grains.WorkingGroups;

namespace Platform.Grains.Tests.ActionItems;

/// <summary>The action item grain over a test database; the clock stands at 2026-11-22 12:00 UTC.</summary>
internal sealed class ActionSilo : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly IDisposable subscription;

    public ActionSilo(Database database)
    {
        Groups = new GroupSilo(database);
        services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(database)
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<ActionItemStore>()
            .AddGrains()
            .AddGrain<IActionItemGrain, ActionItemGrain>()
            .BuildServiceProvider();
        Queries = new ActionItemQueries(database, Time);
        subscription = services.GetRequiredService<IEventBus>().Subscribe<IActionItemEvent>((e, _) =>
        {
            Published.Enqueue(e);
            return Task.CompletedTask;
        });
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    public GroupSilo Groups { get; }

    public ActionItemQueries Queries { get; }

    public ConcurrentQueue<IActionItemEvent> Published { get; } = new();

    public IActionItemGrain Item(Guid id) => services.GetRequiredService<IGrainFactory>().GetGrain<IActionItemGrain>(id);

    /// <summary>A group in <paramref name="zone"/> with a facilitator acting for a new organisation.</summary>
    public async Task<(Guid Group, string Facilitator, Guid Organisation)> GroupAsync(string zone = "America/Bogota", string name = "Mesa de Segovia")
    {
        var ana = await Groups.PersonAsync("Ana " + name);
        var org = await Groups.OrganisationAsync("Corporación " + name);
        var id = Guid.NewGuid();
        await Groups.Group(id).CreateAsync(new CreateWorkingGroup(GroupSilo.Details(name) with { TimeZone = zone }, ana, org));
        return (id, ana, org);
    }

    public async Task<Guid> CreateAsync(Guid group, string actor, ActionItemDetails details)
    {
        var id = Guid.NewGuid();
        await Item(id).CreateAsync(new CreateActionItem(group, details, null, actor));
        return id;
    }

    public static ActionItemDetails Details(string? owner, Guid? org = null, LocalDate? due = null, string title = "Informe de incidentes") =>
        new(title, "Recoger los casos del trimestre", owner, org, due, ActionItemPriority.Normal);

    public async ValueTask DisposeAsync()
    {
        subscription.Dispose();
        await services.DisposeAsync();
        await Groups.DisposeAsync();
    }
}
