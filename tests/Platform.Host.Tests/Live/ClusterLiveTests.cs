using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Platform.Grains.Events;
using Platform.Host.Live;
using Platform.Host.Tests.Access;

namespace Platform.Host.Tests.Live;

/// <summary>
/// A change committed on another host of the cluster arrives at this host's relay as ids only; this host's hub then
/// decides, as for its own changes, which of its connections hear of it.
/// </summary>
public sealed class ClusterLiveTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ReceiveAsync_ChangeFromAnotherHost_ReachesOnlyConnectionsThatMayViewTheGroup()
    {
        using var factory = new PlatformFactory();
        var seed = new Personas(factory);
        await seed.SeedGroupsAsync();
        var bea = await seed.PersonAsync("bea@example.org");
        var otto = await seed.PersonAsync("otto@example.org");
        await seed.SeatAsync(seed.GroupB, bea, "member");
        await using var beaHub = await ConnectAsync(factory, "bea@example.org");
        await using var ottoHub = await ConnectAsync(factory, "otto@example.org");
        var beaHears = Listen(beaHub);
        var ottoHears = Listen(ottoHub);
        Assert.Equal([seed.GroupB], await beaHub.Hub.InvokeAsync<Guid[]>("subscribe", new[] { seed.GroupB }));
        Assert.Empty(await ottoHub.Hub.InvokeAsync<Guid[]>("subscribe", new[] { seed.GroupB }));
        var change = new LiveSignal(seed.GroupB, "meeting_record", seed.MeetingB.ToString("D"), 41, null, []);

        // Then an unread-count ping to each: one connection delivers in order, so once it arrives the change has or never will.
        await factory.Services.GetRequiredService<LiveRelay>().ReceiveAsync([change, new LiveSignal(null, "", "", 0, null, [bea, otto])]);

        await Task.WhenAll(beaHears.Pinged.WaitAsync(Patience), ottoHears.Pinged.WaitAsync(Patience));
        Assert.Equal([new LiveChange(seed.GroupB, "meeting_record", seed.MeetingB.ToString("D"), 41)], beaHears.Changes);
        Assert.Empty(ottoHears.Changes);
    }

    [Fact]
    public async Task ReceiveAsync_RemovalFromAnotherHost_RemovedPersonHearsNothingMore()
    {
        using var factory = new PlatformFactory();
        var seed = new Personas(factory);
        await seed.SeedGroupsAsync();
        var bea = await seed.PersonAsync("bea@example.org");
        await seed.SeatAsync(seed.GroupB, bea, "member");
        await using var beaHub = await ConnectAsync(factory, "bea@example.org");
        var beaHears = Listen(beaHub);
        Assert.Equal([seed.GroupB], await beaHub.Hub.InvokeAsync<Guid[]>("subscribe", new[] { seed.GroupB }));
        var relay = factory.Services.GetRequiredService<LiveRelay>();

        await relay.ReceiveAsync(
        [
            new LiveSignal(seed.GroupB, "working_group", seed.GroupB.ToString("D"), 50, bea, []),
            new LiveSignal(seed.GroupB, "meeting", seed.MeetingB.ToString("D"), 51, null, []),
            new LiveSignal(null, "", "", 0, null, [bea]),
        ]);

        await beaHears.Pinged.WaitAsync(Patience);
        Assert.Empty(beaHears.Changes);
    }

    private static async Task<SignedInHub> ConnectAsync(PlatformFactory factory, string email)
    {
        var browser = factory.Browser();
        var page = await browser.SignInAsync(email, PlatformFactory.Password);
        var cookie = Assert.Single(page.SetCookies, c => c.StartsWith("rt=", StringComparison.Ordinal)).Split(';')[0];
        return new SignedInHub(browser, await factory.HubAsync(cookie));
    }

    private static Heard Listen(SignedInHub connection)
    {
        var heard = new Heard();
        connection.Hub.On<LiveChange>(LiveDelivery.ChangedMethod, heard.Changes.Enqueue);
        connection.Hub.On(LiveDelivery.NotificationsMethod, () => heard.Ping.TrySetResult());
        return heard;
    }

    private sealed class Heard
    {
        public ConcurrentQueue<LiveChange> Changes { get; } = new();

        public TaskCompletionSource Ping { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Pinged => Ping.Task;
    }

    private sealed record SignedInHub(FormClient Browser, HubConnection Hub) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Hub.DisposeAsync();
            Browser.Dispose();
        }
    }
}
