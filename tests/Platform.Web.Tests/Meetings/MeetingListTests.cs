using Platform.Grains.Meetings;
using Platform.Web.Components.Meetings;
using Platform.Web.Localization;

namespace Platform.Web.Tests.Meetings;

public sealed class MeetingListTests
{
    private static readonly DateTimeOffset Starts = new(2026, 12, 8, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Render_CancelledMeetingInSpanish_SaysCancelledAndShowsViewerTime()
    {
        var items = new List<MeetingListItem>
        {
            new(Guid.NewGuid(), Guid.NewGuid(), "Mesa", "Reunión mensual", Starts, Starts.AddHours(2), "America/Bogota", MeetingStatus.Cancelled),
        };

        var doc = await ComponentRenderer.Render<MeetingList>("es", p =>
        {
            p[nameof(MeetingList.Items)] = (IReadOnlyList<MeetingListItem>)items;
            p[nameof(MeetingList.Clock)] = ViewerClock.In("Europe/Paris");
        });

        var item = doc.QuerySelector("ol.meeting-list li.cancelled");
        Assert.Equal("Cancelada", item?.QuerySelector(".meeting-status")?.TextContent);
        Assert.Contains("15:00", item?.QuerySelector("time")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ViewerInAnotherZone_ShowsBothTimes()
    {
        var doc = await ComponentRenderer.Render<MeetingWhen>("fr", p =>
        {
            p[nameof(MeetingWhen.Starts)] = Starts;
            p[nameof(MeetingWhen.Ends)] = Starts.AddHours(2);
            p[nameof(MeetingWhen.Clock)] = ViewerClock.In("Africa/Accra");
            p[nameof(MeetingWhen.GroupClock)] = ViewerClock.In("America/Bogota");
        });

        Assert.Contains("14:00", doc.QuerySelector("dd time")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Heure du groupe", doc.QuerySelector("dd .group-time")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("09:00", doc.QuerySelector("dd .group-time")?.TextContent, StringComparison.Ordinal);
    }
}
