using Microsoft.Extensions.Logging.Abstractions;
using Platform.Grains.Runtime;

namespace Platform.Grains.Tests.Runtime;

public sealed class EventBusTests
{
    private sealed record Happened(int N);

    [Fact]
    public async Task Publish_AfterSubscriptionDisposed_DoesNotReachIt()
    {
        var bus = new InProcessEventBus(NullLogger<InProcessEventBus>.Instance);
        var seen = new List<int>();
        var subscription = bus.Subscribe<Happened>((e, _) =>
        {
            seen.Add(e.N);
            return Task.CompletedTask;
        });

        await bus.PublishAsync(new Happened(1));
        subscription.Dispose();
        await bus.PublishAsync(new Happened(2));

        Assert.Equal([1], seen);
    }

    [Fact]
    public async Task Publish_WhenOneSubscriberThrows_StillReachesTheOthers()
    {
        var bus = new InProcessEventBus(NullLogger<InProcessEventBus>.Instance);
        var seen = new List<object>();
        using var failing = bus.Subscribe<Happened>((_, _) => throw new InvalidOperationException("listener bug"));
        using var general = bus.Subscribe<object>((e, _) =>
        {
            seen.Add(e);
            return Task.CompletedTask;
        });

        await bus.PublishAsync(new Happened(1));

        Assert.Equal([new Happened(1)], seen);
    }
}
