using Microsoft.Extensions.DependencyInjection;
using Platform.Grains.Events;
using Platform.Grains.Tests.Hosting.Counter;

namespace Platform.Grains.Tests.Hosting;

/// <summary>An Orleans silo with the counter grain over a test database; two of them over one file play two hosts.</summary>
internal sealed class TestSilo : IAsyncDisposable
{
    private readonly OrleansSilo silo;
    private readonly PublishedEvents<CounterIncremented> published;

    private TestSilo(Database database)
    {
        silo = new OrleansSilo(database, Time, services => services.AddSingleton<ActivationLog>().AddSingleton<CounterStore>());
        published = new PublishedEvents<CounterIncremented>(Events);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    public IGrainFactory Factory => silo.Grains;

    public IEventBus Events => silo.Events;

    public ActivationLog Activations => silo.Services.GetRequiredService<ActivationLog>();

    /// <summary>The counter events published so far, once every one of them has been delivered.</summary>
    public Task<IReadOnlyList<CounterIncremented>> PublishedAsync() => published.AllAsync();

    public static async Task<TestSilo> StartAsync(Database database)
    {
        await CounterStore.CreateTableAsync(database);
        return new TestSilo(database);
    }

    public async ValueTask DisposeAsync()
    {
        published.Dispose();
        await silo.DisposeAsync();
    }
}
