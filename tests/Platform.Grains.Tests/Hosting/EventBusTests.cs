using Microsoft.Extensions.Logging.Abstractions;
using Platform.Grains.Events;

namespace Platform.Grains.Tests.Hosting;

public sealed class EventBusTests
{
    private sealed record Happened(int N);

    [Fact]
    public async Task Publish_AfterSubscriptionDisposed_DoesNotReachIt()
    {
        await using var bus = new EventDispatcher(NullLogger<EventDispatcher>.Instance);
        var seen = new List<int>();
        var subscription = bus.Subscribe<Happened>((e, _) =>
        {
            seen.Add(e.N);
            return Task.CompletedTask;
        });

        await bus.PublishAsync(new Happened(1));
        await bus.WhenDeliveredAsync();
        subscription.Dispose();
        await bus.PublishAsync(new Happened(2));
        await bus.WhenDeliveredAsync();

        Assert.Equal([1], seen);
    }

    [Fact]
    public async Task Publish_WhenOneSubscriberThrows_StillReachesTheOthers()
    {
        await using var bus = new EventDispatcher(NullLogger<EventDispatcher>.Instance);
        var seen = new List<object>();
        using var failing = bus.Subscribe<Happened>((_, _) => throw new InvalidOperationException("listener bug"));
        using var general = bus.Subscribe<object>((e, _) =>
        {
            seen.Add(e);
            return Task.CompletedTask;
        });

        await bus.PublishAsync(new Happened(1));
        await bus.WhenDeliveredAsync();

        Assert.Equal([new Happened(1)], seen);
    }

    [Fact]
    public async Task Publish_WhileASubscriberIsBusy_ReturnsAtOnceAndDeliversInPublishOrder()
    {
        await using var bus = new EventDispatcher(NullLogger<EventDispatcher>.Instance);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var seen = new List<int>();
        using var slow = bus.Subscribe<Happened>(async (e, _) =>
        {
            await release.Task;
            seen.Add(e.N);
        });

        foreach (var n in Enumerable.Range(1, 50))
        {
            Assert.True(bus.PublishAsync(new Happened(n)).IsCompletedSuccessfully);
        }

        Assert.Empty(seen);
        release.SetResult();
        await bus.WhenDeliveredAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(Enumerable.Range(1, 50), seen);
    }
}
