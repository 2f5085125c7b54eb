namespace Platform.Host.Tests.Calendar;

/// <summary>One meeting as an .ics download, for a member of its group only.</summary>
public sealed class MeetingIcsTests(SeededHost host) : IClassFixture<SeededHost>
{
    private Personas Seed => host.Seed;

    [Fact]
    public async Task MeetingIcs_Member_DownloadsOneMeetingAsAttachment()
    {
        using var browser = await host.SeatedBrowserAsync("ana@example.org", Seed.GroupA, "member");

        using var response = await browser.Http.GetAsync(new Uri($"/groups/{Seed.GroupA}/meetings/{Seed.MeetingA}/ics", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("meeting-2026-12-01.ics", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Contains($"UID:{Seed.MeetingA:D}@roundtable\r\n", body, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=America/Bogota:20261201T090000\r\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetingIcs_EveningMeeting_IsNamedByItsOwnDayNotTheUtcOne()
    {
        // 20:00 in Bogotá is 01:00 the next day in UTC.
        var evening = Guid.NewGuid();
        await host.Factory.Data.ExecuteAsync(
            """
            INSERT INTO meeting (id, working_group_id, title, starts_local, ends_local, time_zone, starts_utc, ends_utc, version, created_at)
            VALUES (@id, @group, 'Reunión nocturna', '2026-12-01T20:00', '2026-12-01T21:00', 'America/Bogota',
                    '2026-12-02T01:00:00.0000000Z', '2026-12-02T02:00:00.0000000Z', 1, '2026-11-01T00:00:00.0000000Z')
            """,
            new { id = evening.ToString(), group = Seed.GroupA.ToString() });
        using var browser = await host.SeatedBrowserAsync("ana@example.org", Seed.GroupA, "member");

        using var response = await browser.Http.GetAsync(new Uri($"/groups/{Seed.GroupA}/meetings/{evening}/ics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("meeting-2026-12-01.ics", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task MeetingIcs_OtherGroupsMeetingThroughOwnGroupRoute_IsDenied()
    {
        using var browser = await host.SeatedBrowserAsync("ana@example.org", Seed.GroupA, "member");

        var page = await browser.GetAsync($"/groups/{Seed.GroupA}/meetings/{Seed.MeetingB}/ics");

        Assert.Equal(HttpStatusCode.Found, page.Status);
        PageAssert.Denied(page);
    }
}
