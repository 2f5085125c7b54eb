using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using Platform.Grains.Meetings;
using Platform.Grains.Runtime;
using Platform.Grains.Storage;
using Platform.Grains.Tests.WorkingGroups;
using Platform.Grains.WorkingGroups;

namespace Platform.Grains.Tests.Meetings;

/// <summary>The meeting grains over a test database; the clock stands at 2026-11-22 12:00 UTC.</summary>
internal sealed class MeetingSilo : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly IDisposable subscription;

    public MeetingSilo(Database database)
    {
        Groups = new GroupSilo(database);
        services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(database)
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<MeetingStore>()
            .AddSingleton<MeetingSeriesStore>()
            .AddGrains()
            .AddGrain<IMeetingGrain, MeetingGrain>()
            .AddGrain<IMeetingSeriesGrain, MeetingSeriesGrain>()
            .BuildServiceProvider();
        Queries = new MeetingQueries(database);
        subscription = services.GetRequiredService<IEventBus>().Subscribe<IMeetingEvent>((e, _) =>
        {
            Published.Enqueue(e);
            return Task.CompletedTask;
        });
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    public GroupSilo Groups { get; }

    public MeetingQueries Queries { get; }

    public ConcurrentQueue<IMeetingEvent> Published { get; } = new();

    public IMeetingGrain Meeting(Guid id) => services.GetRequiredService<IGrainFactory>().GetGrain<IMeetingGrain>(id);

    public IMeetingSeriesGrain Series(Guid id) => services.GetRequiredService<IGrainFactory>().GetGrain<IMeetingSeriesGrain>(id);

    /// <summary>A group in <paramref name="zone"/> with a facilitator (returned) acting for a new organisation.</summary>
    public async Task<(Guid Group, string Facilitator, Guid Organisation)> GroupAsync(string zone = "America/Bogota")
    {
        var ana = await Groups.PersonAsync("Ana");
        var org = await Groups.OrganisationAsync("Corporación Jurídica");
        var id = Guid.NewGuid();
        await Groups.Group(id).CreateAsync(new CreateWorkingGroup(GroupSilo.Details() with { TimeZone = zone }, ana, org));
        return (id, ana, org);
    }

    public static MeetingDetails Details(LocalDateTime starts, int minutes = 120, string title = "Reunión mensual") =>
        new(title, starts, starts.PlusMinutes(minutes), "Alcaldía de Segovia", "https://meet.example.org/mesa");

    public async ValueTask DisposeAsync()
    {
        subscription.Dispose();
        await services.DisposeAsync();
        await Groups.DisposeAsync();
    }
}
