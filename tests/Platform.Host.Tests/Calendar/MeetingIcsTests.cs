using System.Net;
using Platform.Host.Tests.Access;

namespace Platform.Host.Tests.Calendar;

public sealed class MeetingIcsTests
{
    [Fact]
    public async Task MeetingIcs_Member_DownloadsOneMeetingAsAttachment()
    {
        using var factory = new PlatformFactory();
        var seed = new Personas(factory);
        await seed.SeedGroupsAsync();
        using var browser = await CalendarFeedTests.SeatedBrowserAsync(factory, seed, seed.GroupA);

        using var response = await browser.Http.GetAsync(new Uri($"/groups/{seed.GroupA}/meetings/{seed.MeetingA}/ics", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("meeting-2026-12-01.ics", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Contains($"UID:{seed.MeetingA:D}@roundtable\r\n", body, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=America/Bogota:20261201T090000\r\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetingIcs_OtherGroupsMeetingThroughOwnGroupRoute_IsDenied()
    {
        using var factory = new PlatformFactory();
        var seed = new Personas(factory);
        await seed.SeedGroupsAsync();
        using var browser = await CalendarFeedTests.SeatedBrowserAsync(factory, seed, seed.GroupA);

        var page = await browser.GetAsync($"/groups/{seed.GroupA}/meetings/{seed.MeetingB}/ics");

        Assert.Equal(HttpStatusCode.Found, page.Status);
        PageAssert.Denied(page);
    }
}
