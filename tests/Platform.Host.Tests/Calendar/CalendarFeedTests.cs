using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Host.Tests.Access;

namespace Platform.Host.Tests.Calendar;

/// <summary>The personal feed: created on the account page, read anonymously with its token, membership checked on every fetch.</summary>
public sealed class CalendarFeedTests
{
    [Fact]
    public async Task Feed_CreatedOnAccountPage_ListsMeetingsOfOwnGroupsOnly()
    {
        using var factory = new PlatformFactory();
        var seed = new Personas(factory);
        await seed.SeedGroupsAsync();
        using var browser = await SeatedBrowserAsync(factory, seed, seed.GroupA);

        var url = await CreateLinkAsync(browser);
        var (status, contentType, body) = await FetchAsync(factory, url);
        var again = await browser.GetAsync("/account/calendar");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/calendar; charset=utf-8", contentType);
        Assert.Contains($"UID:{seed.MeetingA:D}@roundtable\r\n", body, StringComparison.Ordinal);
        Assert.DoesNotContain(seed.MeetingB.ToString("D"), body, StringComparison.Ordinal);
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
        using var factory = new PlatformFactory();
        var seed = new Personas(factory);
        await seed.SeedGroupsAsync();
        using var browser = await SeatedBrowserAsync(factory, seed, seed.GroupA);
        var url = await CreateLinkAsync(browser);

        var revoked = await browser.SubmitAsync("/account/calendar", "form:has(input[value=calendar-revoke])", new Dictionary<string, string>());
        var (status, _, body) = await FetchAsync(factory, url);

        Assert.Equal(HttpStatusCode.OK, revoked.Status);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("", body);
    }

    [Fact]
    public async Task Feed_Regenerated_OldTokenIs404AndNewOneWorks()
    {
        using var factory = new PlatformFactory();
        var seed = new Personas(factory);
        await seed.SeedGroupsAsync();
        using var browser = await SeatedBrowserAsync(factory, seed, seed.GroupA);
        var first = await CreateLinkAsync(browser);

        var second = await CreateLinkAsync(browser, "calendar-regenerate");

        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, (await FetchAsync(factory, first)).Status);
        Assert.Equal(HttpStatusCode.OK, (await FetchAsync(factory, second)).Status);
    }

    [Fact]
    public async Task Feed_AfterRemovalFromGroup_OmitsThatGroupAtOnce()
    {
        using var factory = new PlatformFactory();
        var seed = new Personas(factory);
        await seed.SeedGroupsAsync();
        using var browser = await SeatedBrowserAsync(factory, seed, seed.GroupA);
        var user = (await factory.FindUserAsync("ana@example.org"))!.Id;
        await seed.SeatAsync(seed.GroupB, user, "observer");
        var url = await CreateLinkAsync(browser);
        var before = (await FetchAsync(factory, url)).Body;

        await seed.UnseatAsync(seed.GroupB, user);
        var after = (await FetchAsync(factory, url)).Body;

        Assert.Contains(seed.MeetingB.ToString("D"), before, StringComparison.Ordinal);
        Assert.DoesNotContain(seed.MeetingB.ToString("D"), after, StringComparison.Ordinal);
        Assert.Contains(seed.MeetingA.ToString("D"), after, StringComparison.Ordinal);
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
        using var factory = new PlatformFactory();
        var seed = new Personas(factory);
        await seed.SeedGroupsAsync();
        var logs = new LogCollector();
        factory.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);
        using var browser = await SeatedBrowserAsync(factory, seed, seed.GroupA);

        var url = await CreateLinkAsync(browser);
        await FetchAsync(factory, url);
        await browser.SubmitAsync("/account/calendar", "form:has(input[value=calendar-revoke])", new Dictionary<string, string>());
        await FetchAsync(factory, url);

        Assert.NotEmpty(logs.Messages);
        Assert.DoesNotContain(logs.Messages, m => m.Contains(Token(url), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Feed_PolledTooOftenWithOneToken_Is429()
    {
        using var factory = new PlatformFactory();
        var seed = new Personas(factory);
        await seed.SeedGroupsAsync();
        using var browser = await SeatedBrowserAsync(factory, seed, seed.GroupA);
        var url = await CreateLinkAsync(browser);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= Platform.Host.Calendar.CalendarExtensions.FeedFetchesPerMinute; i++)
        {
            statuses.Add((await FetchAsync(factory, url)).Status);
        }

        Assert.All(statuses[..^1], s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    internal static async Task<FormClient> SeatedBrowserAsync(PlatformFactory factory, Personas seed, Guid groupId)
    {
        var browser = await factory.SignedInBrowserAsync("ana@example.org");
        await seed.SeatAsync(groupId, (await factory.FindUserAsync("ana@example.org"))!.Id, "member");
        return browser;
    }

    /// <summary>Presses the create (or regenerate) button and reads the once-shown link; returns its path and query.</summary>
    private static async Task<string> CreateLinkAsync(FormClient browser, string form = "calendar-create")
    {
        var page = await browser.SubmitAsync("/account/calendar", $"form:has(input[value={form}])", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var link = page.Document.QuerySelector("input#calendar-url")?.GetAttribute("value");
        Assert.NotNull(link);
        return new Uri(link).PathAndQuery;
    }

    private static string Token(string url) => url[(url.IndexOf("token=", StringComparison.Ordinal) + 6)..];

    private static async Task<(HttpStatusCode Status, string? ContentType, string Body)> FetchAsync(PlatformFactory factory, string url)
    {
        using var client = factory.Browser();
        using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync());
    }
}
