using Platform.Grains.Meetings;
using Platform.Web.Meetings;
using Platform.Messages.Localization;

namespace Platform.Web.Tests.Meetings;

public sealed class MeetingListTests : ComponentTest
{
    private static readonly DateTimeOffset Starts = new(2026, 12, 8, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Render_CancelledMeetingInSpanish_SaysCancelledAndShowsViewerTime()
    {
        MeetingListItem[] items =
        [
            new(Guid.NewGuid(), Guid.NewGuid(), "Mesa", "Reunión mensual", Starts, Starts.AddHours(2), "America/Bogota", MeetingStatus.Cancelled),
        ];

        var list = Render<MeetingList>("es", p => p
            .Add(c => c.Items, items)
            .Add(c => c.Clock, ViewerClock.In("Europe/Paris")));

        var item = list.Find("ol.meeting-list li.cancelled");
        Assert.Equal("Cancelada", item.QuerySelector(".meeting-status")?.TextContent);
        Assert.Contains("15:00", item.QuerySelector("time")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ViewerInAnotherZone_ShowsBothTimes()
    {
        var when = Render<MeetingWhen>("fr", p => p
            .Add(c => c.Starts, Starts)
            .Add(c => c.Ends, Starts.AddHours(2))
            .Add(c => c.Clock, ViewerClock.In("Africa/Accra"))
            .Add(c => c.GroupClock, ViewerClock.In("America/Bogota")));

        Assert.Contains("14:00", when.Find("dd time").TextContent, StringComparison.Ordinal);
        Assert.Contains("Heure du groupe", when.Find("dd .group-time").TextContent, StringComparison.Ordinal);
        Assert.Contains("09:00", when.Find("dd .group-time").TextContent, StringComparison.Ordinal);
    }
}
