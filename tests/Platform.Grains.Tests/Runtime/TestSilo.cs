using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Platform.Grains.Runtime;
using Platform.Grains.Storage;
using Platform.Grains.Tests.Runtime.Counter;

namespace Platform.Grains.Tests.Runtime;

/// <summary>One grain runtime over a test database; two of them over one file play two hosts.</summary>
internal sealed class TestSilo : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly IDisposable subscription;

    public TestSilo(Database database, FakeTimeProvider? time = null, GrainRuntimeOptions? options = null)
    {
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
        services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(database)
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<ActivationLog>()
            .AddSingleton<CounterStore>()
            .AddGrains(options)
            .AddGrain<ICounterGrain, CounterGrain>()
            .BuildServiceProvider();
        subscription = Events.Subscribe<CounterIncremented>((e, _) =>
        {
            Published.Enqueue(e);
            return Task.CompletedTask;
        });
    }

    public FakeTimeProvider Time { get; }

    public GrainRuntime Runtime => services.GetRequiredService<GrainRuntime>();

    public IGrainFactory Factory => services.GetRequiredService<IGrainFactory>();

    public IEnumerable<IHostedService> HostedServices => services.GetServices<IHostedService>();

    public IEventBus Events => services.GetRequiredService<IEventBus>();

    public ActivationLog Activations => services.GetRequiredService<ActivationLog>();

    public ConcurrentQueue<CounterIncremented> Published { get; } = new();

    public static async Task<TestSilo> StartAsync(Database database, FakeTimeProvider? time = null, GrainRuntimeOptions? options = null)
    {
        await CounterStore.CreateTableAsync(database);
        return new TestSilo(database, time, options);
    }

    public async ValueTask DisposeAsync()
    {
        subscription.Dispose();
        await services.DisposeAsync();
    }
}
