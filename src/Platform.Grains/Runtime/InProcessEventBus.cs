using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace Platform.Grains.Runtime;

/// <summary>Delivers events within this process. Other hosts learn of changes by following the journal.</summary>
public sealed partial class InProcessEventBus(ILogger<InProcessEventBus> logger) : IEventBus
{
    private ImmutableArray<Subscription> subscriptions = [];

    public async Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken = default)
        where TEvent : notnull
    {
        foreach (var subscription in subscriptions)
        {
            if (!subscription.EventType.IsInstanceOfType(domainEvent))
            {
                continue;
            }

            try
            {
                await subscription.Handler(domainEvent, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The change is already committed; a failing listener must not turn it into an error for the caller.
                LogHandlerFailed(domainEvent.GetType().Name, e);
            }
        }
    }

    public IDisposable Subscribe<TEvent>(Func<TEvent, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscription = new Subscription(this, typeof(TEvent), (e, ct) => handler((TEvent)e, ct));
        ImmutableInterlocked.Update(ref subscriptions, static (list, s) => list.Add(s), subscription);
        return subscription;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A subscriber to {Event} failed")]
    private partial void LogHandlerFailed(string @event, Exception exception);

    private sealed class Subscription(InProcessEventBus bus, Type eventType, Func<object, CancellationToken, Task> handler) : IDisposable
    {
        public Type EventType { get; } = eventType;

        public Func<object, CancellationToken, Task> Handler { get; } = handler;

        public void Dispose() => ImmutableInterlocked.Update(ref bus.subscriptions, static (list, s) => list.Remove(s), this);
    }
}
