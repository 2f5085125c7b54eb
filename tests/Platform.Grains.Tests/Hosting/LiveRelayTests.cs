using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Orleans.TestingHost;
using Platform.Grains.ActionItems;
using Platform.Grains.Events;
using Platform.Grains.Hosting;
using Platform.Grains.MeetingRecords;
using Platform.Grains.Tests.ActionItems;

namespace Platform.Grains.Tests.Hosting;

/// <summary>
/// Two silos of one cluster, as two hosts: a change committed by a grain on one reaches the live sink (the hub) of the
/// other through the fan-out grain, in commit order and once, carrying ids and never content.
/// </summary>
public sealed class LiveRelayTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AddProgress_GrainOnSiloA_ReachesSiloBInOrderExactlyOnce()
    {
        await using var setup = await TwoHostsAsync();
        var (cluster, item, ana, _) = setup;
        var (a, b) = await PlacesAsync(cluster, item);

        for (var i = 0; i < 20; i++)
        {
            await Grain(a, item).AddProgressAsync(new AddActionItemProgress($"paso {i}", null, null, ana));
        }

        // The last one arrives after every earlier one sent to B: then nothing is missing, nothing is doubled.
        await a.SiloHost.Services.GetRequiredService<IEventBus>().WhenDeliveredAsync();
        var published = Sink(a).Of(item);
        var received = await Sink(b).WaitForAsync(item, published[^1].Seq);
        Assert.Equal(20, published.Count);
        Assert.Equal(published.Select(s => s.Seq), received.Select(s => s.Seq));
        Assert.True(received.Select(s => s.Seq).SequenceEqual(received.Select(s => s.Seq).Order()));
        Assert.Equal(0, Sink(a).Resyncs + Sink(b).Resyncs);
    }

    [Fact]
    public async Task StopSilo_OtherSiloGoesOn_WithoutErrorsAndStillHearsItsOwnChanges()
    {
        await using var setup = await TwoHostsAsync();
        var (cluster, item, ana, _) = setup;
        var (a, b) = await PlacesAsync(cluster, item);
        await Grain(a, item).AddProgressAsync(new AddActionItemProgress("antes", null, null, ana));
        await a.SiloHost.Services.GetRequiredService<IEventBus>().WhenDeliveredAsync();
        await Sink(b).WaitForAsync(item, Sink(a).Of(item)[^1].Seq);

        await cluster.StopSiloAsync(b);
        for (var i = 0; i < 5; i++)
        {
            await Grain(a, item).AddProgressAsync(new AddActionItemProgress($"después {i}", null, null, ana));
        }

        await a.SiloHost.Services.GetRequiredService<IEventBus>().WhenDeliveredAsync();
        Assert.Equal(6, Sink(a).Of(item).Count);
        var warnings = a.SiloHost.Services.GetServices<ILoggerProvider>().OfType<RelayWarnings>().Single().Entries;
        Assert.True(warnings.IsEmpty, string.Join("\n", warnings));
    }

    [Fact]
    public async Task StopTheFanOutsSilo_OfThreeHosts_NextChangeStillReachesTheOtherSurvivor()
    {
        await using var setup = await SharedDatabaseCluster.StartAsync<RelayingSilo>(silos: 3);
        var (cluster, item, ana, _) = setup;
        var silos = cluster.Silos.Cast<InProcessSiloHandle>().ToList();
        await Grain(silos[0], item).AddProgressAsync(new AddActionItemProgress("antes", null, null, ana));
        var fanOutHost = await HostOf(silos[0], Fan(silos[0]));
        var stopped = silos.Single(s => s.SiloAddress == fanOutHost);

        await cluster.StopSiloAsync(stopped);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var survivors = silos.Where(s => s != stopped).ToList();
        await Grain(survivors[0], item).GetAsync();
        var itemHost = await HostOf(survivors[0], Grain(survivors[0], item).GetGrainId(), [.. survivors.Select(s => s.SiloAddress)]);
        var writer = survivors.Single(s => s.SiloAddress == itemHost);
        var listener = survivors.Single(s => s != writer);
        await Grain(writer, item).AddProgressAsync(new AddActionItemProgress("después", null, null, ana));
        await writer.SiloHost.Services.GetRequiredService<IEventBus>().WhenDeliveredAsync();
        var last = Sink(writer).Of(item)[^1].Seq;

        // Without the renewal on the membership change the listener rejoins the fan-out, now active afresh on a survivor,
        // only at its next periodic renewal (every 10 s), and misses the change made meanwhile.
        var received = await Sink(listener).WaitForAsync(item, last).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(last, received[^1].Seq);

        // What was committed before that renewal may have gone to the lost fan-out: both survivors have their
        // connections catch up from the journal, once subscribed again; a host that lost nobody does not.
        Assert.All(survivors, s => Assert.True(Sink(s).Resyncs >= 1));
    }

    [Fact]
    public async Task Publish_RestrictedTextOnSiloA_SiloBReceivesIdsOnly()
    {
        await using var setup = await TwoHostsAsync();
        var (cluster, item, ana, _) = setup;
        var (a, b) = await PlacesAsync(cluster, item);
        var group = Guid.NewGuid();
        var meeting = Guid.NewGuid();
        var entry = new JournalEntry(90, group, "meeting_record", meeting.ToString("D"), "outcome_added", ana, DateTimeOffset.UtcNow, "Outcome added", "h");
        var followUp = new FollowUpRecorded(group, meeting, Guid.NewGuid(), Guid.NewGuid(), "nombre del testigo protegido", ana, 90).IdentifiedBy(entry);

        await a.SiloHost.Services.GetRequiredService<IEventBus>().PublishAsync(followUp);

        var signal = Assert.Single(await Sink(b).WaitForAsync(meeting, 90));
        Assert.Equal(new LiveSignal(group, "meeting_record", meeting.ToString("D"), 90, null, []), signal with { Notify = [] });
        Assert.Empty(signal.Notify);
        Assert.DoesNotContain("testigo", signal.ToString(), StringComparison.Ordinal);
    }

    private static IActionItemGrain Grain(InProcessSiloHandle silo, Guid item) =>
        silo.SiloHost.Services.GetRequiredService<IGrainFactory>().GetGrain<IActionItemGrain>(item);

    private static RecordingSink Sink(InProcessSiloHandle silo) => (RecordingSink)silo.SiloHost.Services.GetRequiredService<ILiveSignalSink>();

    /// <summary>A: the silo the item's grain runs on; B: the other.</summary>
    private static async Task<(InProcessSiloHandle A, InProcessSiloHandle B)> PlacesAsync(TestCluster cluster, Guid item)
    {
        var silos = cluster.Silos.Cast<InProcessSiloHandle>().ToList();
        await Grain(silos[0], item).GetAsync();
        var management = silos[0].SiloHost.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        var host = Assert.Single(await management.GetDetailedGrainStatistics(), s => s.GrainId == Grain(silos[0], item).GetGrainId()).SiloAddress;
        return (silos.Single(s => s.SiloAddress == host), silos.Single(s => s.SiloAddress != host));
    }

    private static GrainId Fan(InProcessSiloHandle silo) =>
        silo.SiloHost.Services.GetRequiredService<IGrainFactory>().GetGrain<ILiveFanOutGrain>(0).GetGrainId();

    /// <summary>The silo <paramref name="grain"/> is active on, as the cluster's management grain tells <paramref name="asking"/>.</summary>
    private static async Task<SiloAddress> HostOf(InProcessSiloHandle asking, GrainId grain, SiloAddress[]? among = null)
    {
        var management = asking.SiloHost.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        return Assert.Single(await management.GetDetailedGrainStatistics(null, among), s => s.GrainId == grain).SiloAddress;
    }

    private static Task<SharedDatabaseCluster> TwoHostsAsync() => SharedDatabaseCluster.StartAsync<RelayingSilo>();

    /// <summary>Each silo (over the shared database) relays live signals to its own recording sink.</summary>
    private sealed class RelayingSilo : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.Services.AddLiveRelay<RecordingSink>();
            siloBuilder.Services.AddSingleton<ILoggerProvider, RelayWarnings>();
        }
    }

    /// <summary>What one host's hub would have been given, in order.</summary>
    private sealed class RecordingSink : ILiveSignalSink
    {
        private readonly ConcurrentQueue<LiveSignal> signals = new();
        private readonly ConcurrentBag<TaskCompletionSource> waiting = [];

        public Task DeliverAsync(LiveSignal signal, CancellationToken cancellationToken)
        {
            signals.Enqueue(signal);
            foreach (var waiter in waiting)
            {
                waiter.TrySetResult();
            }

            return Task.CompletedTask;
        }

        public int Resyncs => resyncs;

        private int resyncs;

        public Task ResyncAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref resyncs);
            return Task.CompletedTask;
        }

        public List<LiveSignal> Of(Guid key) => [.. signals.Where(s => s.Key == key.ToString("D"))];

        public async Task<List<LiveSignal>> WaitForAsync(Guid key, long seq)
        {
            using var timeout = new CancellationTokenSource(Patience);
            while (true)
            {
                var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                waiting.Add(arrived);
                if (Of(key) is { Count: > 0 } received && received[^1].Seq >= seq)
                {
                    return received;
                }

                await arrived.Task.WaitAsync(timeout.Token);
            }
        }
    }

    /// <summary>Warnings and errors the relay or the fan-out logged on one silo.</summary>
    private sealed class RelayWarnings : ILoggerProvider
    {
        public ConcurrentQueue<string> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(RelayWarnings owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning && category.StartsWith("Platform.Grains.Events", StringComparison.Ordinal);

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    owner.Entries.Enqueue($"{category}: {formatter(state, exception)}");
                }
            }
        }
    }
}
