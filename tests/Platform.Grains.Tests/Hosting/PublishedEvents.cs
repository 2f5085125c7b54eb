using System.Collections.Concurrent;
using Platform.Grains.Events;

namespace Platform.Grains.Tests.Hosting;

/// <summary>The <typeparamref name="TEvent"/> events a silo's grains published, in order, from the moment this subscribed.</summary>
internal sealed class PublishedEvents<TEvent> : IDisposable
{
    private readonly IEventBus bus;
    private readonly IDisposable subscription;
    private readonly ConcurrentQueue<TEvent> published = new();

    public PublishedEvents(IEventBus bus)
    {
        this.bus = bus;
        subscription = bus.Subscribe<TEvent>((e, _) =>
        {
            published.Enqueue(e);
            return Task.CompletedTask;
        });
    }

    /// <summary>The events published so far, once every one of them has been delivered.</summary>
    public async Task<IReadOnlyList<TEvent>> AllAsync()
    {
        await bus.WhenDeliveredAsync().WaitAsync(TimeSpan.FromSeconds(10));
        return [.. published];
    }

    public void Dispose() => subscription.Dispose();
}
