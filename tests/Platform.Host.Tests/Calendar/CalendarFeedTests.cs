using Microsoft.Extensions.Logging;

namespace Platform.Host.Tests.Calendar;

/// <summary>The personal feed: created on the account page, read anonymously with its token, membership checked on every fetch.</summary>
public sealed class CalendarFeedTests
{
    [Fact]
    public async Task Feed_CreatedOnAccountPage_ListsMeetingsOfOwnGroupsOnly()
    {
        using var ana = await Ana.StartAsync();

        var url = await ana.CreateLinkAsync();
        var (status, contentType, body) = await ana.FetchAsync(url);
        var again = await ana.Browser.GetAsync("/account/calendar");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/calendar; charset=utf-8", contentType);
        Assert.Contains($"UID:{ana.Seed.MeetingA:D}@roundtable\r\n", body, StringComparison.Ordinal);
        Assert.DoesNotContain(ana.Seed.MeetingB.ToString("D"), body, StringComparison.Ordinal);
        Assert.Contains("X-WR-CALNAME:Roundtable meetings\r\n", body, StringComparison.Ordinal);
        Assert.Null(again.Document.QuerySelector("#calendar-url"));
        Assert.DoesNotContain(Token(url), again.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountCalendar_FromProfile_LinkedAndOffersCreateWithoutALink()
    {
        using var factory = new PlatformFactory();
        using var browser = await factory.SignedInBrowserAsync("ana@example.org");

        var profile = await browser.GetAsync("/account/profile");
        var page = await browser.GetAsync("/account/calendar");

        Assert.NotNull(profile.Document.QuerySelector("main a[href='/account/calendar']"));
        Assert.Equal("Calendar subscription", page.Document.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.Document.QuerySelector("form input[value=calendar-create]"));
        Assert.Null(page.Document.QuerySelector("#calendar-url"));
    }

    [Fact]
    public async Task Feed_RevokedToken_Is404WithoutDetail()
    {
        using var ana = await Ana.StartAsync();
        var url = await ana.CreateLinkAsync();

        var revoked = await ana.RevokeAsync();
        var (status, _, body) = await ana.FetchAsync(url);

        Assert.Equal(HttpStatusCode.OK, revoked.Status);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("", body);
    }

    [Fact]
    public async Task Feed_Regenerated_OldTokenIs404AndNewOneWorks()
    {
        using var ana = await Ana.StartAsync();
        var first = await ana.CreateLinkAsync();

        var second = await ana.CreateLinkAsync("calendar-regenerate");

        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, (await ana.FetchAsync(first)).Status);
        Assert.Equal(HttpStatusCode.OK, (await ana.FetchAsync(second)).Status);
    }

    [Fact]
    public async Task Feed_AfterRemovalFromGroup_OmitsThatGroupAtOnce()
    {
        using var ana = await Ana.StartAsync();
        var user = (await ana.Factory.FindUserAsync("ana@example.org"))!.Id;
        await ana.Seed.SeatAsync(ana.Seed.GroupB, user, "observer");
        var url = await ana.CreateLinkAsync();
        var before = (await ana.FetchAsync(url)).Body;

        await ana.Seed.UnseatAsync(ana.Seed.GroupB, user);
        var after = (await ana.FetchAsync(url)).Body;

        Assert.Contains(ana.Seed.MeetingB.ToString("D"), before, StringComparison.Ordinal);
        Assert.DoesNotContain(ana.Seed.MeetingB.ToString("D"), after, StringComparison.Ordinal);
        Assert.Contains(ana.Seed.MeetingA.ToString("D"), after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_UnknownOrMissingToken_Is404()
    {
        using var factory = new PlatformFactory();

        Assert.Equal(HttpStatusCode.NotFound, (await FetchAsync(factory, "/calendar.ics?token=nope")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await FetchAsync(factory, "/calendar.ics")).Status);
    }

    [Fact]
    public async Task Feed_FetchedAndRevoked_TokenNeverLogged()
    {
        using var ana = await Ana.StartAsync();
        var logs = new LogCollector();
        ana.Factory.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);

        var url = await ana.CreateLinkAsync();
        await ana.FetchAsync(url);
        await ana.RevokeAsync();
        await ana.FetchAsync(url);

        Assert.NotEmpty(logs.Messages);
        Assert.DoesNotContain(logs.Messages, m => m.Contains(Token(url), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Feed_PolledTooOftenWithOneToken_Is429()
    {
        using var ana = await Ana.StartAsync();
        var url = await ana.CreateLinkAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= Platform.Host.Calendar.CalendarExtensions.FeedFetchesPerMinute; i++)
        {
            statuses.Add((await ana.FetchAsync(url)).Status);
        }

        Assert.All(statuses[..^1], s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    /// <summary>A new host on the seeded groups where Ana, a member of group A, is signed in.</summary>
    private sealed record Ana(PlatformFactory Factory, Personas Seed, FormClient Browser) : IDisposable
    {
        public static async Task<Ana> StartAsync()
        {
            var factory = new PlatformFactory();
            var seed = await Personas.SeededAsync(factory);
            return new Ana(factory, seed, await seed.SeatedBrowserAsync("ana@example.org", seed.GroupA, "member"));
        }

        /// <summary>Presses the create (or regenerate) button and reads the once-shown link; returns its path and query.</summary>
        public async Task<string> CreateLinkAsync(string form = "calendar-create")
        {
            var page = await Browser.SubmitAsync("/account/calendar", $"form:has(input[value={form}])", new Dictionary<string, string>());
            Assert.Equal(HttpStatusCode.OK, page.Status);
            var link = page.Document.QuerySelector("input#calendar-url")?.GetAttribute("value");
            Assert.NotNull(link);
            return new Uri(link).PathAndQuery;
        }

        public Task<FormClient.Page> RevokeAsync() =>
            Browser.SubmitAsync("/account/calendar", "form:has(input[value=calendar-revoke])", new Dictionary<string, string>());

        /// <summary>Fetches <paramref name="url"/> anonymously, as a calendar application does.</summary>
        public Task<(HttpStatusCode Status, string? ContentType, string Body)> FetchAsync(string url) => CalendarFeedTests.FetchAsync(Factory, url);

        public void Dispose()
        {
            Browser.Dispose();
            Factory.Dispose();
        }
    }

    private static string Token(string url) => url[(url.IndexOf("token=", StringComparison.Ordinal) + 6)..];

    private static async Task<(HttpStatusCode Status, string? ContentType, string Body)> FetchAsync(PlatformFactory factory, string url)
    {
        using var client = factory.Browser();
        using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync());
    }
}
