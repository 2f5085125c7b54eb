using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Platform.Host.Live;

namespace Platform.Host.Tests.Live;

/// <summary>
/// A series asks each occurrence's grain to change, and each journals and announces its own change; an open page still
/// hears of a series command once, from the series, as it did when the series wrote every row itself.
/// </summary>
public sealed class SeriesLiveTests
{
    [Fact]
    public async Task CreateAndEditSeries_PageFollowingTheGroup_HearsOneSeriesChangeEach()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        await using var beto = await SignedInHub.ConnectAsync(factory, "beto@example.org");
        var hub = beto.Hub;
        var changes = new ConcurrentQueue<LiveChange>();
        var single = Guid.NewGuid();
        var singleArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<LiveChange>(LiveDelivery.ChangedMethod, change =>
        {
            changes.Enqueue(change);
            if (change.Key == single.ToString("D"))
            {
                singleArrived.TrySetResult();
            }
        });
        Assert.Equal([group.GroupId], await hub.InvokeAsync<Guid[]>("subscribe", new[] { group.GroupId }));
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        var seriesId = Guid.NewGuid();
        var series = grains.GetGrain<IMeetingSeriesGrain>(seriesId);
        var pattern = new SeriesPattern(RecurrenceRule.Weekly, IsoDayOfWeek.Tuesday, null, new LocalDate(2027, 1, 1), new LocalDate(2027, 3, 31));
        var details = new SeriesChanges("Mesa", new LocalTime(9, 0), 120, null, null);

        var ids = await series.CreateAsync(new CreateSeries(group.GroupId, pattern, details, group.Facilitator.Id, pattern.FirstOccurrence()));
        await series.EditRestAsync(new EditSeriesFrom(new LocalDate(2027, 2, 2), details with { Title = "Mesa de la tarde" }, group.Facilitator.Id));

        // One connection delivers in order: once the meeting scheduled afterwards arrives, everything before it has.
        var starts = new LocalDateTime(2027, 4, 6, 9, 0);
        await grains.GetGrain<IMeetingGrain>(single).ScheduleAsync(new ScheduleMeeting(group.GroupId, new MeetingDetails("Visita", starts, starts.PlusHours(2), null, null), group.Facilitator.Id));
        await singleArrived.Task.WaitAsync(SignedInHub.Patience);
        Assert.True(ids.Count > 10);
        Assert.Equal(
            [("meeting_series", seriesId.ToString("D")), ("meeting_series", seriesId.ToString("D")), ("meeting", single.ToString("D"))],
            changes.Select(c => (c.Kind, c.Key)));
    }
}
