using Platform.Grains.People;
using Platform.Host.Tests.Notifications;

namespace Platform.Host.Tests.Accounts;

/// <summary>
/// A person sees where they are signed in and ends the sessions on other devices: the ended device is signed out at its
/// next request, this device stays in, nobody ends another person's session, and each act is journalled with its actor.
/// </summary>
public sealed class OwnSessionsTests
{
    private const string Email = "bea@example.org";
    private const string Phone = "Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0";
    private const string Laptop = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    [Fact]
    public async Task SessionsPage_TwoDevices_ListsBothWithThisDeviceMarkedAndNoStoredHash()
    {
        using var factory = new PlatformFactory();
        await factory.CreateUserAsync(Email);
        using var phone = await SignInAsync(factory, Phone);
        using var laptop = await SignInAsync(factory, Laptop);

        var page = await phone.GetAsync("/account/sessions");
        var rows = page.Document.QuerySelectorAll("main tbody tr");
        var hashes = await factory.QueryAsync<string>("SELECT id_hash FROM user_session");

        Assert.Equal(2, rows.Length);
        var mine = Assert.Single(rows, r => r.TextContent.Contains("This device", StringComparison.Ordinal));
        Assert.Contains("Firefox on Android", mine.TextContent, StringComparison.Ordinal);
        Assert.Null(mine.QuerySelector("button"));
        Assert.Contains(rows, r => r.TextContent.Contains("Chrome on Windows", StringComparison.Ordinal) && r.QuerySelector("button[name=Handle]") is not null);
        Assert.Equal(2, hashes.Count);
        Assert.All(hashes, h => Assert.DoesNotContain(h, page.Document.DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("Gecko", page.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndSession_OtherDevice_IsSignedOutAtItsNextRequestAndJournalled()
    {
        using var factory = new PlatformFactory();
        var person = await factory.CreateUserAsync(Email);
        using var phone = await SignInAsync(factory, Phone);
        using var laptop = await SignInAsync(factory, Laptop);

        var ended = await EndAsync(phone, await OtherHandleAsync(phone));

        Assert.NotNull(ended.Document.QuerySelector("main [role=status]"));
        Assert.Single(ended.Document.QuerySelectorAll("main tbody tr"));
        Assert.Equal(HttpStatusCode.Found, (await laptop.GetAsync("/account/profile")).Status);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/account/profile")).Status);
        Assert.Equal([("account.session_ended", person.Id)], await JournalAsync(factory));
    }

    [Fact]
    public async Task EndOthers_ThreeDevices_EndsAllButThisOne()
    {
        using var factory = new PlatformFactory();
        var person = await factory.CreateUserAsync(Email);
        using var phone = await SignInAsync(factory, Phone);
        using var laptop = await SignInAsync(factory, Laptop);
        using var tablet = await SignInAsync(factory, null);

        var ended = await phone.SendAsync(await phone.OpenFormAsync("/account/sessions", "sessions-end-others"), new Dictionary<string, string>());

        Assert.Contains("2", ended.Document.QuerySelector("main [role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, (await laptop.GetAsync("/account/profile")).Status);
        Assert.Equal(HttpStatusCode.Found, (await tablet.GetAsync("/account/profile")).Status);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/account/profile")).Status);
        Assert.Equal([("account.other_sessions_ended", person.Id)], await JournalAsync(factory));
    }

    [Fact]
    public async Task EndSession_AnotherPersonsHandle_EndsNothing()
    {
        using var factory = new PlatformFactory();
        await factory.CreateUserAsync(Email);
        var other = await factory.CreateUserAsync("carla@example.org");
        using var phone = await SignInAsync(factory, Phone);
        using var carla = factory.Browser();
        await carla.SignInAsync(other.Email, PlatformFactory.Password);
        var theirs = Assert.Single(await factory.Services.GetRequiredService<OwnSessionStore>().ListAsync(other.Id, null)).Handle;

        var refused = await EndAsync(phone, theirs);

        Assert.Contains("already ended", refused.Document.QuerySelector("main [role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await carla.GetAsync("/account/profile")).Status);
        Assert.Empty(await JournalAsync(factory));
    }

    [Fact]
    public async Task EndSession_WithoutAntiforgeryToken_IsRefusedAndEndsNothing()
    {
        using var factory = new PlatformFactory();
        await factory.CreateUserAsync(Email);
        using var phone = await SignInAsync(factory, Phone);
        using var laptop = await SignInAsync(factory, Laptop);
        var handle = await OtherHandleAsync(phone);

        var post = await phone.PostAsync("/account/sessions", new Dictionary<string, string> { ["_handler"] = "session-end", ["Handle"] = handle });

        Assert.Equal(HttpStatusCode.BadRequest, post.Status);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/account/profile")).Status);
    }

    private static async Task<FormClient> SignInAsync(PlatformFactory factory, string? userAgent)
    {
        var browser = factory.Browser();
        if (userAgent is not null)
        {
            browser.Http.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        }

        Assert.Equal(HttpStatusCode.Found, (await browser.SignInAsync(Email, PlatformFactory.Password)).Status);
        return browser;
    }

    /// <summary>The handle on the one "End this session" button the page shows.</summary>
    private static async Task<string> OtherHandleAsync(FormClient browser) =>
        Assert.Single((await browser.GetAsync("/account/sessions")).Document.QuerySelectorAll("main button[name=Handle]")).GetAttribute("value")!;

    private static async Task<FormClient.Page> EndAsync(FormClient browser, string handle) =>
        await browser.SendAsync(await browser.OpenFormAsync("/account/sessions", "session-end"), new Dictionary<string, string> { ["Handle"] = handle });

    private static async Task<IReadOnlyList<(string Action, string Actor)>> JournalAsync(PlatformFactory factory) =>
        await factory.QueryAsync<(string Action, string Actor)>("SELECT action, actor FROM journal_entry WHERE entity_kind = 'account' ORDER BY seq");
}
