namespace Platform.Grains.Events;

/// <summary>Carries domain events from grains, after their commit, to whoever listens (the live-update adapter, jobs).</summary>
/// <remarks>
/// Publishing only queues the event: handlers run later on one background loop, in publish (so commit) order, never on a
/// grain's scheduler and never inside the publisher's turn. A handler may therefore call any grain, the publisher too.
/// </remarks>
public interface IEventBus
{
    /// <summary>Queues <paramref name="domainEvent"/> for every subscriber of its type or of a type it derives from or implements.</summary>
    Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken = default)
        where TEvent : notnull;

    /// <summary>Subscribes <paramref name="handler"/>; disposing the result unsubscribes it.</summary>
    IDisposable Subscribe<TEvent>(Func<TEvent, CancellationToken, Task> handler);

    /// <summary>Completes once every event published before this call has been handed to its subscribers.</summary>
    Task WhenDeliveredAsync();
}
