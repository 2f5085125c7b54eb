using Microsoft.AspNetCore.SignalR.Client;
using Platform.Grains.Incidents;
using Platform.Host.Live;
using Platform.Host.Tests.Live;

namespace Platform.Host.Tests.Incidents;

/// <summary>The live paths: hub frames and the catch-up after a reconnection.</summary>
public sealed partial class IncidentLeakChangeTests
{
    [Theory]
    [InlineData("observer")]
    [InlineData("member")]
    [InlineData("police-member")]
    [InlineData("facilitator")]
    public async Task HubFramesAndCatchUp_AfterIncidentAndSettingsChanges_NameNoIncidentNorHandler(string persona)
    {
        var frames = new List<LiveChange>();
        await using var hub = await factory.HubAsync(cookies[persona]);
        using var subscription = hub.On<LiveChange>(LiveDelivery.ChangedMethod, change => { lock (frames) { frames.Add(change); } });
        Assert.Equal([scene.Seed.GroupA], await hub.InvokeAsync<Guid[]>("subscribe", new[] { scene.Seed.GroupA }));
        var facilitator = scene.Users["facilitator"];

        await scene.Grains.GetGrain<IIncidentGrain>(scene.Unshared).AssessAsync(new AssessIncident(new IncidentSeverity(3, 2, 3), facilitator));
        await scene.Grains.GetGrain<IIncidentGrain>(scene.Shared).AddMessageAsync(new AddIncidentMessage("Seguimos", facilitator));
        await scene.Grains.GetGrain<IIncidentSettingsGrain>(scene.Seed.GroupA).AppointHandlerAsync(new AppointHandler(scene.Users["member"], facilitator));
        var marker = await MarkerAsync();
        await WaitForAsync(frames, marker);
        var caughtUp = await hub.InvokeAsync<IReadOnlyList<LiveChange>>("catchUp", 0L);

        foreach (var change in frames.Concat(caughtUp))
        {
            Assert.NotEqual("incident", change.Kind);
            Assert.NotEqual("incident_settings", change.Kind);
            Assert.NotEqual(scene.Shared.ToString(), change.Key);
            Assert.NotEqual(scene.Unshared.ToString(), change.Key);
        }

        Assert.Contains(caughtUp, c => c.Key == scene.Seed.ActionA.ToString());
    }

    /// <summary>A change everyone following the group hears of (action item A's progress), after the incident changes.</summary>
    private async Task<string> MarkerAsync()
    {
        var page = await browsers["facilitator"].SubmitAsync(
            $"/groups/{scene.Seed.GroupA}/actions/{scene.Seed.ActionA}/progress", new Dictionary<string, string> { ["Input.Text"] = "Avance", ["Input.Status"] = "in_progress" });
        Assert.True(page.Status is HttpStatusCode.Found or HttpStatusCode.OK, $"progress: {page.Status}");
        return scene.Seed.ActionA.ToString();
    }

    private static async Task WaitForAsync(List<LiveChange> frames, string key)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            lock (frames)
            {
                if (frames.Exists(f => f.Key == key))
                {
                    return;
                }
            }

            await Task.Delay(20, timeout.Token);
        }
    }
}
