using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Platform.Grains.Events;
using Platform.Grains.Storage;
using Platform.Grains.Tests.Hosting.Counter;

namespace Platform.Grains.Tests.Hosting;

/// <summary>An Orleans silo with the counter grain over a test database; two of them over one file play two hosts.</summary>
internal sealed class TestSilo : IAsyncDisposable
{
    private readonly OrleansSilo silo;
    private readonly IDisposable subscription;
    private readonly ConcurrentQueue<CounterIncremented> published = new();

    private TestSilo(Database database)
    {
        silo = new OrleansSilo(database, Time, services => services.AddSingleton<ActivationLog>().AddSingleton<CounterStore>());
        subscription = Events.Subscribe<CounterIncremented>((e, _) =>
        {
            published.Enqueue(e);
            return Task.CompletedTask;
        });
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    public IGrainFactory Factory => silo.Grains;

    public IEventBus Events => silo.Events;

    public ActivationLog Activations => silo.Services.GetRequiredService<ActivationLog>();

    /// <summary>The counter events published so far, once every one of them has been delivered.</summary>
    public async Task<IReadOnlyList<CounterIncremented>> PublishedAsync()
    {
        await Events.WhenDeliveredAsync().WaitAsync(TimeSpan.FromSeconds(10));
        return [.. published];
    }

    public static async Task<TestSilo> StartAsync(Database database)
    {
        await CounterStore.CreateTableAsync(database);
        return new TestSilo(database);
    }

    public async ValueTask DisposeAsync()
    {
        subscription.Dispose();
        await silo.DisposeAsync();
    }
}
