using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Platform.Host.Tests.Times;

/// <summary>Keeps the zone tests complete: a new component that shows a date or time fails here until a surface covers it.</summary>
public sealed class TimeGuardTests
{
    [Fact]
    public void Components_ShowingDatesOrTimes_AreEachCoveredByAZoneTest()
    {
        var covered = TimeSurface.All.SelectMany(s => s.Components).ToHashSet();

        var missing = (List<string?>)[.. ComponentTimes.Components.Where(ComponentTimes.ShowsTime).Where(c => !covered.Contains(c)).Select(c => c.FullName)];

        Assert.True(missing.Count == 0, "Show times with no zone test: " + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Components_FormattingDatesOrTimes_DoSoOnlyThroughTheViewersClock()
    {
        var elsewhere = (List<string>)[.. ComponentTimes.Components.SelectMany(c => ComponentTimes.OtherFormatting(c).Select(f => $"{c.Name}: {f}"))];

        Assert.True(elsewhere.Count == 0, "Format through ViewerClock: " + string.Join(Environment.NewLine, elsewhere));
    }

    [Fact]
    public void MailsMessagesAndFiles_FormattingDatesOrTimes_DoSoOnlyThroughTheViewersClock()
    {
        var elsewhere = (List<string>)[.. ComponentTimes.OtherTypes.SelectMany(c => ComponentTimes.OtherFormatting(c).Select(f => $"{c.Name}: {f}"))];

        Assert.True(elsewhere.Count == 0, "Format through ViewerClock: " + string.Join(Environment.NewLine, elsewhere));
    }

    [Fact]
    public void Guard_FindsTheComponentsKnownToShowTimes()
    {
        var showing = ComponentTimes.Components.Where(ComponentTimes.ShowsTime).Select(c => c.Name).ToHashSet();

        Assert.Superset(new HashSet<string> { "MeetingList", "MeetingCalendar", "RecordPage", "ActivityFeed" }, showing);
    }

    [Fact]
    public void OtherFormatting_TimeWrittenWithToStringOrRenderedRaw_IsFound()
    {
        Assert.NotEmpty(ComponentTimes.OtherFormatting(typeof(WrittenTime)));
        Assert.NotEmpty(ComponentTimes.OtherFormatting(typeof(RawTime)));
    }

    private sealed class WrittenTime : ComponentBase
    {
        [Parameter] public DateTimeOffset At { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, At.ToString("g", CultureInfo.CurrentCulture));
    }

    private sealed class RawTime : ComponentBase
    {
        [Parameter] public DateTimeOffset At { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, At);
    }
}
