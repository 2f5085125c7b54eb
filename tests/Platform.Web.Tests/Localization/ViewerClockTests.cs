using Platform.Messages.Localization;

namespace Platform.Web.Tests.Localization;

public sealed class ViewerClockTests
{
    [Fact]
    public void Machine_AnInstantWithTicksInAnotherZone_IsUtcToTheSecondAsHtmlAccepts()
    {
        var instant = new DateTimeOffset(2027, 1, 5, 9, 0, 7, TimeSpan.FromHours(-5)).AddTicks(1_234_567);

        // A validator rejects more than three fractional digits in <time datetime>; the zone is said as Z.
        Assert.Equal("2027-01-05T14:00:07Z", ViewerClock.Machine(instant));
    }
}
