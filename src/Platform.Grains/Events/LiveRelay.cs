namespace Platform.Grains.Events;

/// <summary>
/// Carries live signals between the hosts of a cluster. Each committed event this host publishes becomes a
/// <see cref="LiveSignal"/>, handed to this host's sink at once (as before) and, when other hosts are active, sent in
/// batches to <see cref="ILiveFanOutGrain"/>; what other hosts send arrives through this host's observer and goes to the
/// same sink, where the hub decides who hears of it. Alone in its cluster (the embedded default) it sends nothing.
/// </summary>
public sealed partial class LiveRelay(
    IEventBus events, ILiveSignalSink sink, IGrainFactory grains, IClusterMembershipService membership, TimeProvider time, ILogger<LiveRelay> logger)
    : ILiveObserver, ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    /// <summary>
    /// How often this host renews its subscription: well within <see cref="LiveFanOutGrain.Expiry"/>. It also renews at
    /// once whenever a silo leaves the cluster, because the fan-out grain may have lived there and started afresh, empty,
    /// on another silo; once subscribed again it has this host's connections catch up from the journal on what they missed
    /// until the cluster noticed the loss.
    /// </summary>
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(10);

    // A batch is what queued while the previous one was on its way: one message under load, never a wait when idle.
    private const int MaxBatch = 256;

    private readonly Channel<LiveSignal> outgoing = Channel.CreateUnbounded<LiveSignal>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource stopping = new();
    private readonly SemaphoreSlim renewNow = new(0, 1);
    private IDisposable[] subscriptions = [];
    private bool resyncOwed;
    private ILiveObserver? self;
    private Task running = Task.CompletedTask;

    private ILiveFanOutGrain FanOut => grains.GetGrain<ILiveFanOutGrain>(0);

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(LiveRelay), ServiceLifecycleStage.Active, StartAsync, StopAsync);

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        subscriptions =
        [
            events.Subscribe<JournalledEvent>(RelayAsync),
            events.Subscribe<Notifications.NotificationsCreated>(RelayAsync),
        ];
        self = grains.CreateObjectReference<ILiveObserver>(this);
        try
        {
            await FanOut.SubscribeAsync(self).WaitAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The silo starts regardless: the first renewal subscribes it.
            LogRenewFailed(e);
        }

        // Off the silo's start-up context: these loops run for the silo's lifetime.
        using (ExecutionContext.SuppressFlow())
        {
            running = Task.WhenAll(
                Task.Run(SendLoopAsync, CancellationToken.None),
                Task.Run(RenewLoopAsync, CancellationToken.None),
                Task.Run(WatchMembershipAsync, CancellationToken.None));
        }
    }

    private async Task RelayAsync(object domainEvent, CancellationToken cancellationToken)
    {
        if (LiveSignal.From(domainEvent) is not { } signal)
        {
            return;
        }

        if (OthersActive())
        {
            outgoing.Writer.TryWrite(signal);
        }

        await sink.DeliverAsync(signal, cancellationToken);
    }

    private bool OthersActive()
    {
        var active = 0;
        foreach (var member in membership.CurrentSnapshot.Members.Values)
        {
            if (member.Status == SiloStatus.Active && ++active > 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Signals from another host, in its commit order (one observer runs one call at a time).</summary>
    public async Task ReceiveAsync(ImmutableArray<LiveSignal> signals)
    {
        foreach (var signal in signals)
        {
            try
            {
                await sink.DeliverAsync(signal, stopping.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stopping.IsCancellationRequested)
            {
                LogDeliveryFailed(e);
            }
        }
    }

    private async Task SendLoopAsync()
    {
        var batch = new List<LiveSignal>(MaxBatch);
        try
        {
            while (await outgoing.Reader.WaitToReadAsync(stopping.Token))
            {
                while (batch.Count < MaxBatch && outgoing.Reader.TryRead(out var signal))
                {
                    batch.Add(signal);
                }

                try
                {
                    // Awaited, so the next batch leaves only after this one reached the fan-out: order is kept.
                    await FanOut.PublishAsync(self!, [.. batch]);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Committed already; other hosts' browsers catch up from the journal when they reconnect.
                    LogSendFailed(batch.Count, e);
                }

                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task RenewLoopAsync()
    {
        try
        {
            while (true)
            {
                bool afterLoss;
                using (var wait = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token))
                {
                    var lost = renewNow.WaitAsync(wait.Token);
                    afterLoss = await Task.WhenAny(Task.Delay(RenewEvery, time, wait.Token), lost) == lost && lost.IsCompletedSuccessfully;
                    await wait.CancelAsync();
                }

                stopping.Token.ThrowIfCancellationRequested();
                try
                {
                    await FanOut.SubscribeAsync(self!);
                    resyncOwed |= afterLoss;
                    if (resyncOwed)
                    {
                        // Subscribed again: what other hosts commit from now on arrives; what they committed since the
                        // loss is in the journal, so this host's connections read it there.
                        resyncOwed = false;
                        await sink.ResyncAsync(stopping.Token);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    resyncOwed |= afterLoss;
                    LogRenewFailed(e);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>
    /// Asks for a renewal as soon as a silo is declared dead (stopped or lost): from then on no call reaches an activation
    /// there, so the renewal fills the fan-out's new activation. Earlier (shutting down) it could still reach the old one.
    /// </summary>
    private async Task WatchMembershipAsync()
    {
        var gone = new HashSet<SiloAddress>();
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(stopping.Token))
            {
                var changed = false;
                foreach (var member in snapshot.Members.Values)
                {
                    if (member.Status == SiloStatus.Dead)
                    {
                        changed |= gone.Add(member.SiloAddress);
                    }
                }

                if (changed && renewNow.CurrentCount == 0)
                {
                    try
                    {
                        renewNow.Release();
                    }
                    catch (SemaphoreFullException)
                    {
                        // A renewal is already asked for.
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var subscription in Interlocked.Exchange(ref subscriptions, []))
        {
            subscription.Dispose();
        }

        outgoing.Writer.TryComplete();
        await stopping.CancelAsync();
        await running;
        if (self is not null)
        {
            try
            {
                // The others stop sending to this host now, rather than when its subscription expires.
                await FanOut.UnsubscribeAsync(self).WaitAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRenewFailed(e);
            }

            grains.DeleteObjectReference<ILiveObserver>(self);
        }
    }

    public void Dispose()
    {
        stopping.Dispose();
        renewNow.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A live signal from another host could not be delivered")]
    private partial void LogDeliveryFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} live signals could not be sent to the other hosts")]
    private partial void LogSendFailed(int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The live fan-out subscription could not be renewed")]
    private partial void LogRenewFailed(Exception exception);
}
