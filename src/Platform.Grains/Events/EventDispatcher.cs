namespace Platform.Grains.Events;

/// <summary>
/// Delivers events within this process: a queue read by one loop on the thread pool, so subscribers hear of changes in
/// commit order while the grain that published has already moved on. Other hosts' browsers hear of changes through
/// <see cref="LiveRelay"/>; other hosts' jobs read what is due from the database.
/// </summary>
public sealed partial class EventDispatcher : IEventBus, IAsyncDisposable
{
    private readonly Channel<object> queue = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource stopping = new();
    private readonly ILogger<EventDispatcher> logger;
    private readonly Task loop;
    private ImmutableArray<Subscription> subscriptions = [];

    public EventDispatcher(ILogger<EventDispatcher> logger)
    {
        this.logger = logger;

        // Often first built inside a grain's turn: the loop must not inherit that turn's context (its call chain).
        using (ExecutionContext.SuppressFlow())
        {
            loop = Task.Run(DeliverAsync);
        }
    }

    public Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken = default)
        where TEvent : notnull
    {
        // Never blocks and never fails for an open queue: the change is committed, listeners must hear of it.
        queue.Writer.TryWrite(domainEvent);
        return Task.CompletedTask;
    }

    public IDisposable Subscribe<TEvent>(Func<TEvent, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscription = new Subscription(this, typeof(TEvent), (e, ct) => handler((TEvent)e, ct));
        ImmutableInterlocked.Update(ref subscriptions, static (list, s) => list.Add(s), subscription);
        return subscription;
    }

    public Task WhenDeliveredAsync()
    {
        var marker = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return queue.Writer.TryWrite(marker) ? marker.Task : Task.CompletedTask;
    }

    private async Task DeliverAsync()
    {
        try
        {
            await foreach (var item in queue.Reader.ReadAllAsync(stopping.Token))
            {
                if (item is TaskCompletionSource marker)
                {
                    marker.TrySetResult();
                    continue;
                }

                await DeliverAsync(item);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Disposed.
        }
    }

    private async Task DeliverAsync(object domainEvent)
    {
        foreach (var subscription in subscriptions)
        {
            if (!subscription.EventType.IsInstanceOfType(domainEvent))
            {
                continue;
            }

            try
            {
                await subscription.Handler(domainEvent, stopping.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stopping.IsCancellationRequested)
            {
                // The change is already committed; a failing listener must not stop the others or later events.
                LogHandlerFailed(domainEvent.GetType().Name, e);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Registered as itself and as IEventBus, so the container may dispose it twice.
        if (!queue.Writer.TryComplete())
        {
            return;
        }

        await stopping.CancelAsync();
        await loop;
        stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A subscriber to {Event} failed")]
    private partial void LogHandlerFailed(string @event, Exception exception);

    private sealed class Subscription(EventDispatcher bus, Type eventType, Func<object, CancellationToken, Task> handler) : IDisposable
    {
        public Type EventType { get; } = eventType;

        public Func<object, CancellationToken, Task> Handler { get; } = handler;

        public void Dispose() => ImmutableInterlocked.Update(ref bus.subscriptions, static (list, s) => list.Remove(s), this);
    }
}
