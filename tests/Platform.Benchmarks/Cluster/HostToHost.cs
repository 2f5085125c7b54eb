using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Grains.Events;
using Platform.Grains.Hosting;
using Platform.Grains.Notifications;
using StackExchange.Redis;

namespace Platform.Benchmarks.Cluster;

/// <summary>
/// Host-to-host delivery of one live signal, from publish on host A to its arrival in host B's process (where B's hub
/// would send it on): the product's path (two silos of one cluster, the relay and the fan-out grain) against a Redis
/// pub/sub channel between two connections, the transport of the SignalR Redis backplane (which adds its own framing).
/// Paced open loop: <c>count</c> signals at <c>rate</c> per second after a warm-up. Redis: a running server's port.
/// </summary>
internal static class HostToHost
{
    private const int WarmUp = 300;

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
        var rate = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
        var redisPort = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 0;

        Report("observers", count, rate, await ObserversAsync(count, rate));
        if (redisPort > 0)
        {
            Report("redis", count, rate, await RedisAsync(count, rate, redisPort));
        }

        return 0;
    }

    private static async Task<double[]> ObserversAsync(int count, int rate)
    {
        var primary = FreePort();
        var receivedAt = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        using var a = await StartSiloAsync(primary, primary, receivedAt: null);
        using var b = await StartSiloAsync(FreePort(), primary, receivedAt);
        var bus = a.Services.GetRequiredService<IEventBus>();

        // B's subscription and both silos' membership settle before the first timed signal.
        await PaceAsync(WarmUp, rate, i => bus.PublishAsync(new NotificationsCreated([$"w{i}"])), _ => { });
        await WaitAsync(() => receivedAt.Count >= WarmUp);
        receivedAt.Clear();

        var sentAt = new long[count];
        await PaceAsync(count, rate, i => bus.PublishAsync(new NotificationsCreated([$"n{i}"])), i => sentAt[i] = Stopwatch.GetTimestamp());
        var latencies = await LatenciesAsync(sentAt, receivedAt);
        await b.StopAsync();
        await a.StopAsync();
        return latencies;
    }

    private static async Task<double[]> RedisAsync(int count, int rate, int port)
    {
        var receivedAt = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        await using var a = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port}");
        await using var b = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port}");
        var channel = RedisChannel.Literal("roundtable-live");
        var queue = await b.GetSubscriber().SubscribeAsync(channel);
        queue.OnMessage(m => { receivedAt[m.Message.ToString()] = Stopwatch.GetTimestamp(); });
        var publisher = a.GetSubscriber();

        await PaceAsync(WarmUp, rate, i => publisher.PublishAsync(channel, $"w{i}"), _ => { });
        await WaitAsync(() => receivedAt.Count >= WarmUp);
        receivedAt.Clear();

        var sentAt = new long[count];
        await PaceAsync(count, rate, i => publisher.PublishAsync(channel, $"n{i}"), i => sentAt[i] = Stopwatch.GetTimestamp());
        return await LatenciesAsync(sentAt, receivedAt);
    }

    /// <summary>Sends <paramref name="count"/> at <paramref name="rate"/> per second, each on its slot, not waiting for answers.</summary>
    private static async Task PaceAsync(int count, int rate, Func<int, Task> send, Action<int> stamp)
    {
        var start = Stopwatch.GetTimestamp();
        var pending = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate) - Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            stamp(i);
            pending.Add(send(i));
        }

        await Task.WhenAll(pending);
    }

    private static async Task<double[]> LatenciesAsync(long[] sentAt, ConcurrentDictionary<string, long> receivedAt)
    {
        await WaitAsync(() => receivedAt.Keys.Count(k => k[0] == 'n') >= sentAt.Length);
        return [.. sentAt.Select((sent, i) => receivedAt.TryGetValue($"n{i}", out var at) ? Stopwatch.GetElapsedTime(sent, at).TotalMilliseconds : double.NaN)];
    }

    private static async Task WaitAsync(Func<bool> done)
    {
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 30;
        while (!done() && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(10);
        }
    }

    private static void Report(string path, int count, int rate, double[] latencies)
    {
        var arrived = latencies.Where(l => !double.IsNaN(l)).Order().ToList();
        double At(double p) => arrived.Count == 0 ? double.NaN : arrived[Math.Min(arrived.Count - 1, (int)Math.Ceiling(p * arrived.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT host-to-host path={path} count={count} rate={rate} lost={count - arrived.Count} p50_ms={At(0.5):F2} p99_ms={At(0.99):F2} max_ms={At(1):F2} load={File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
    }

    private static async Task<IHost> StartSiloAsync(int siloPort, int primaryPort, ConcurrentDictionary<string, long>? receivedAt)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        builder.Services.AddSingleton<ILiveSignalSink>(new ArrivalSink(receivedAt));
        builder.Services.AddLiveRelay<ArrivalSink>();
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(siloPort, FreePort(), new IPEndPoint(IPAddress.Loopback, primaryPort))
            .AddPlatformGrains());
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Host B's hub, reduced to noting when each signal arrived; host A's hears its own and notes nothing.</summary>
    private sealed class ArrivalSink(ConcurrentDictionary<string, long>? receivedAt) : ILiveSignalSink
    {
        public Task DeliverAsync(LiveSignal signal, CancellationToken cancellationToken)
        {
            if (receivedAt is not null)
            {
                receivedAt[signal.Notify[0]] = Stopwatch.GetTimestamp();
            }

            return Task.CompletedTask;
        }

        public Task ResyncAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
