using Microsoft.AspNetCore.SignalR.Client;
using Platform.Grains.Events;
using Platform.Host.Live;

namespace Platform.Host.Tests.Live;

/// <summary>
/// A change committed on another host of the cluster arrives at this host's relay as ids only; this host's hub then
/// decides, as for its own changes, which of its connections hear of it.
/// </summary>
public sealed class ClusterLiveTests
{
    [Fact]
    public async Task ReceiveAsync_ChangeFromAnotherHost_ReachesOnlyConnectionsThatMayViewTheGroup()
    {
        using var factory = new PlatformFactory();
        var seed = await Personas.SeededAsync(factory);
        var bea = await seed.PersonAsync("bea@example.org");
        var otto = await seed.PersonAsync("otto@example.org");
        await seed.SeatAsync(seed.GroupB, bea, "member");
        await using var beaHub = await SignedInHub.ConnectAsync(factory, "bea@example.org");
        await using var ottoHub = await SignedInHub.ConnectAsync(factory, "otto@example.org");
        var beaHears = beaHub.Listen();
        var ottoHears = ottoHub.Listen();
        Assert.Equal([seed.GroupB], await beaHub.Hub.InvokeAsync<Guid[]>("subscribe", new[] { seed.GroupB }));
        Assert.Empty(await ottoHub.Hub.InvokeAsync<Guid[]>("subscribe", new[] { seed.GroupB }));
        var change = new LiveSignal(seed.GroupB, "meeting_record", seed.MeetingB.ToString("D"), 41, null, []);

        // Then an unread-count ping to each: one connection delivers in order, so once it arrives the change has or never will.
        await factory.Services.GetRequiredService<LiveRelay>().ReceiveAsync([change, new LiveSignal(null, "", "", 0, null, [bea, otto])]);

        await Task.WhenAll(beaHears.Pinged.WaitAsync(SignedInHub.Patience), ottoHears.Pinged.WaitAsync(SignedInHub.Patience));
        Assert.Equal([new LiveChange(seed.GroupB, "meeting_record", seed.MeetingB.ToString("D"), 41)], beaHears.Changes);
        Assert.Empty(ottoHears.Changes);
    }

    [Fact]
    public async Task ReceiveAsync_RemovalFromAnotherHost_RemovedPersonHearsNothingMore()
    {
        using var factory = new PlatformFactory();
        var seed = await Personas.SeededAsync(factory);
        var bea = await seed.PersonAsync("bea@example.org");
        await seed.SeatAsync(seed.GroupB, bea, "member");
        await using var beaHub = await SignedInHub.ConnectAsync(factory, "bea@example.org");
        var beaHears = beaHub.Listen();
        Assert.Equal([seed.GroupB], await beaHub.Hub.InvokeAsync<Guid[]>("subscribe", new[] { seed.GroupB }));
        var relay = factory.Services.GetRequiredService<LiveRelay>();

        await relay.ReceiveAsync(
        [
            new LiveSignal(seed.GroupB, "working_group", seed.GroupB.ToString("D"), 50, bea, []),
            new LiveSignal(seed.GroupB, "meeting", seed.MeetingB.ToString("D"), 51, null, []),
            new LiveSignal(null, "", "", 0, null, [bea]),
        ]);

        await beaHears.Pinged.WaitAsync(SignedInHub.Patience);
        Assert.Empty(beaHears.Changes);
    }
}
