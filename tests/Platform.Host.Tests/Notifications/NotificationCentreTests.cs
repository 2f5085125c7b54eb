using Platform.Grains.Notifications;

namespace Platform.Host.Tests.Notifications;

public sealed class NotificationCentreTests
{
    [Fact]
    public async Task Centre_ManyNotifications_PagesFiltersAndMarksAllRead()
    {
        using var factory = new PlatformFactory();
        using var browser = await factory.SignedInBrowserAsync("zoe@example.org");
        var zoe = (await factory.FindUserAsync("zoe@example.org"))!;
        await NotifyAsync(factory, zoe, 25);
        var firstId = (await factory.QueryAsync<string>("SELECT id FROM notification ORDER BY created_at, id LIMIT 1")).Single();
        await factory.ExecuteAsync("UPDATE notification SET read_at = created_at WHERE id = @firstId", new { firstId });

        var page1 = await browser.GetAsync("/notifications");
        var page2 = await browser.GetAsync("/notifications?page=2");
        var unread2 = await browser.GetAsync("/notifications?filter=unread&page=2");
        var posted = await browser.SubmitAsync("/notifications", "main form:has(button[type=submit]:not([name]))", new Dictionary<string, string>());
        var after = await browser.GetAsync("/notifications?filter=unread");
        var count = await browser.GetAsync("/notifications/count");

        Assert.Equal(20, page1.Document.QuerySelectorAll("main ol.notifications li").Length);
        Assert.NotNull(page1.Document.QuerySelector("main a[rel=next][href='/notifications?page=2']"));
        Assert.Equal(5, page2.Document.QuerySelectorAll("main ol.notifications li").Length);
        Assert.Single(page2.Document.QuerySelectorAll("main ol.notifications li.read"));
        Assert.Equal(4, unread2.Document.QuerySelectorAll("main ol.notifications li.unread").Length);
        Assert.Equal(HttpStatusCode.Found, posted.Status);
        Assert.Empty(after.Document.QuerySelectorAll("main ol.notifications li"));
        Assert.Equal(0, await factory.CountAsync("SELECT COUNT(*) FROM notification WHERE read_at IS NULL"));
        Assert.Equal("Notifications", count.Document.QuerySelector("a#notifications-link")?.TextContent);
        Assert.Contains("(24 unread)", page1.Document.QuerySelector("header a#notifications-link")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountFragment_TwoPeople_EachSeesOnlyTheirOwnCount()
    {
        using var factory = new PlatformFactory();
        using var zoeBrowser = await factory.SignedInBrowserAsync("zoe@example.org");
        using var anaBrowser = await factory.SignedInBrowserAsync("ana@example.org");
        await NotifyAsync(factory, (await factory.FindUserAsync("zoe@example.org"))!, 3);

        var zoe = await zoeBrowser.GetAsync("/notifications/count");
        var ana = await anaBrowser.GetAsync("/notifications/count");

        Assert.Equal(HttpStatusCode.OK, zoe.Status);
        Assert.Equal("3", zoe.Document.QuerySelector("a#notifications-link")?.GetAttribute("data-unread"));
        Assert.Equal("/notifications/count", zoe.Document.QuerySelector("a#notifications-link")?.GetAttribute("data-hx-get"));
        Assert.Equal("0", ana.Document.QuerySelector("a#notifications-link")?.GetAttribute("data-unread"));
    }

    private static async Task NotifyAsync(PlatformFactory factory, User user, int count)
    {
        var notifier = factory.Services.GetRequiredService<INotifier>();
        for (var i = 0; i < count; i++)
        {
            // Distinct creation times so the order (newest first) is defined.
            factory.Time.Advance(TimeSpan.FromMinutes(1));
            await notifier.NotifyAsync([new NotificationRequest(user.Id, null, NotificationKind.Digest, "Digest.Weekly", [$"2026-W{i:00}"], "/", $"test:{i}")]);
        }
    }
}
