namespace Platform.Grains.Runtime;

/// <summary>Carries domain events from grains, after their commit, to whoever listens (the live-update adapter, jobs).</summary>
/// <remarks>
/// Handlers run inside the publishing grain's turn, in commit order. Keep them short and do not call the grain that
/// published: calls are not re-entrant, so the runtime refuses that call. Hand longer work to a queue instead.
/// </remarks>
public interface IEventBus
{
    /// <summary>Delivers to every subscriber of <typeparamref name="TEvent"/> or of a type it derives from or implements.</summary>
    Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken = default)
        where TEvent : notnull;

    /// <summary>Subscribes <paramref name="handler"/>; disposing the result unsubscribes it.</summary>
    IDisposable Subscribe<TEvent>(Func<TEvent, CancellationToken, Task> handler);
}
