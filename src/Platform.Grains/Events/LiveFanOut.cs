namespace Platform.Grains.Events;

/// <summary>One host's ear in the cluster: receives the signals committed on other hosts, in their commit order.</summary>
public interface ILiveObserver : IGrainObserver
{
    Task ReceiveAsync(ImmutableArray<LiveSignal> signals);
}

/// <summary>
/// The cluster's one fan-out point (key 0): each host subscribes its observer and renews it; a host sends each batch of
/// its signals here once, and the grain passes it on to every other host. Per event: one message in, one per other host out.
/// </summary>
public interface ILiveFanOutGrain : IGrainWithIntegerKey
{
    /// <summary>Subscribes or renews <paramref name="observer"/>; it expires unless renewed within <see cref="LiveFanOutGrain.Expiry"/>.</summary>
    Task SubscribeAsync(ILiveObserver observer);

    Task UnsubscribeAsync(ILiveObserver observer);

    /// <summary>Queues <paramref name="signals"/> for every subscribed host but <paramref name="sender"/>; answers at once.</summary>
    Task PublishAsync(ILiveObserver sender, ImmutableArray<LiveSignal> signals);
}

/// <summary>
/// Each host has its own outbox here, sent one call at a time (Orleans keeps no order between calls in flight at once),
/// what queued meanwhile merged into the next call: a slow host delays only itself, and a host that fails to answer is
/// dropped until it renews. Subscriptions live in memory only: should this activation move (its silo died), every host
/// renews as soon as its membership view shows the loss (<see cref="LiveRelay"/>), and a host that publishes counts as
/// subscribed; until then a host may miss others' changes.
/// </summary>
public sealed partial class LiveFanOutGrain(IGrainContext context, TimeProvider time, ILogger<LiveFanOutGrain> logger) : ILiveFanOutGrain, IGrainBase
{
    /// <summary>A host that stopped without unsubscribing (killed) is forgotten after this long.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(30);

    /// <summary>A host that takes longer than this to take a batch is dropped (it renews within <see cref="Expiry"/> if alive).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private readonly Dictionary<ILiveObserver, Outbox> hosts = [];

    public IGrainContext GrainContext => context;

    public Task SubscribeAsync(ILiveObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        if (!hosts.TryGetValue(observer, out var outbox))
        {
            hosts[observer] = outbox = new Outbox(observer);
        }

        outbox.LastSeen = time.GetUtcNow();
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(ILiveObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        if (hosts.Remove(observer, out var outbox))
        {
            outbox.Pending.Clear();
        }

        return Task.CompletedTask;
    }

    public Task PublishAsync(ILiveObserver sender, ImmutableArray<LiveSignal> signals)
    {
        // A host that sends is alive: it counts as renewed (a fresh activation learns of it at its first change).
        var now = time.GetUtcNow();
        if (!hosts.TryGetValue(sender, out var own))
        {
            hosts[sender] = own = new Outbox(sender);
        }

        own.LastSeen = now;
        var expired = now - Expiry;
        foreach (var (observer, outbox) in hosts.ToList())
        {
            if (outbox.LastSeen < expired)
            {
                hosts.Remove(observer);
            }
            else if (!observer.Equals(sender))
            {
                outbox.Pending.AddRange(signals);
                if (!outbox.Sending)
                {
                    outbox.Sending = true;
                    _ = SendAsync(outbox);
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Runs on this activation's scheduler, between its calls: the outboxes are never touched at once.</summary>
    private async Task SendAsync(Outbox outbox)
    {
        while (outbox.Pending.Count > 0)
        {
            ImmutableArray<LiveSignal> batch = [.. outbox.Pending];
            outbox.Pending.Clear();
            try
            {
                await outbox.Observer.ReceiveAsync(batch).WaitAsync(Patience);
            }
            catch (Exception e)
            {
                LogHostDropped(e.GetType().Name);
                if (hosts.TryGetValue(outbox.Observer, out var current) && current == outbox)
                {
                    hosts.Remove(outbox.Observer);
                }

                outbox.Pending.Clear();
            }
        }

        outbox.Sending = false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A host stopped taking live signals ({Reason}); dropped until it renews")]
    private partial void LogHostDropped(string reason);

    private sealed class Outbox(ILiveObserver observer)
    {
        public ILiveObserver Observer { get; } = observer;

        public List<LiveSignal> Pending { get; } = [];

        public DateTimeOffset LastSeen { get; set; }

        public bool Sending { get; set; }
    }
}
