using Microsoft.Playwright;

namespace Platform.Browser.Tests;

/// <summary>The live unread count: a member has a page open, a facilitator publishes a record he took part in, the header
/// count rises without a reload; he opens the notification centre and marks it read.</summary>
public sealed class NotificationTests
{
    [BrowserFact]
    public async Task HeaderCount_RecordPublishedForMember_RisesWithoutReloadAndMarkReadClearsIt()
    {
        await using var scene = await DemoScene.StartAsync();
        var (james, before) = await OpenActionsLiveAsync(scene);
        await DemoScene.MarkNotReloadedAsync(james);
        var (_, ana) = await scene.SignInAsync("ana.restrepo@demo.example");

        await PublishRecordAsync(ana, "Plenaria de seguimiento");

        // The hub told James's connection "notifications"; live.js re-fetched the link under his own cookie.
        var after = await UnreadRisesAsync(james, before);
        await DemoScene.AssertNotReloadedAsync(james);
        Assert.Contains($"({after} unread)", await james.Locator("#notifications-link").TextContentAsync() ?? "", StringComparison.Ordinal);

        await james.Locator("#notifications-link").ClickAsync();
        var item = james.Locator("ol.notifications li.unread").Filter(new() { HasText = "Plenaria de seguimiento" });
        await item.GetByRole(AriaRole.Button, new() { Name = "Mark as read" }).ClickAsync();
        await UnreadAsync(james, before);
        Assert.Equal(1, await james.Locator("ol.notifications li.read").Filter(new() { HasText = "Plenaria de seguimiento" }).CountAsync());
        if (before > 0)
        {
            await james.GetByRole(AriaRole.Button, new() { Name = "Mark all as read" }).ClickAsync();
        }

        await UnreadAsync(james, 0);
    }

    [BrowserFact]
    public async Task Cancel_FacilitatorConfirmsCancellation_MemberSeesTheCancellationNotificationLinkingToTheMeeting()
    {
        await using var scene = await DemoScene.StartAsync();
        var (james, before) = await OpenActionsLiveAsync(scene);
        var (_, ana) = await scene.SignInAsync("ana.restrepo@demo.example");

        // Invited at once, so the cancellation has someone to tell (invitations not sent tell nobody).
        await DemoScene.ScheduleAsync(ana, "Mesa técnica aplazada", DateTime.UtcNow.AddDays(10), "15:00", "16:00", () => ana.Locator("#invite-now").CheckAsync());
        var meetingPath = new Uri(ana.Url).AbsolutePath;
        await ana.GetByRole(AriaRole.Link, new() { Name = "Edit" }).First.ClickAsync();
        await ana.GetByRole(AriaRole.Button, new() { Name = "Cancel the meeting" }).ClickAsync();
        await ana.GetByRole(AriaRole.Button, new() { Name = "Yes, cancel the meeting" }).ClickAsync();

        // The delivery job, kicked by the cancellation's commit, wrote James's notification; the hub told his page.
        await UnreadRisesAsync(james, before);
        await james.Locator("#notifications-link").ClickAsync();
        var notice = james.Locator($"ol.notifications li.unread a[href='{meetingPath}']");
        Assert.Contains("Mesa técnica aplazada", await notice.TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Contains("is cancelled", await notice.TextContentAsync() ?? "", StringComparison.Ordinal);
        await notice.ClickAsync();
        await james.WaitForURLAsync(DemoScene.MeetingUrl());
        Assert.Equal(meetingPath, new Uri(james.Url).AbsolutePath);
    }

    /// <summary>James, signed in on his own phone, has his action list open and live; answers the page and his unread count.</summary>
    private static async Task<(IPage James, int Unread)> OpenActionsLiveAsync(DemoScene scene)
    {
        var (_, james) = await scene.SignInAsync("james.whitfield@demo.example");
        await james.GotoAsync("/actions");
        await DemoScene.WaitLiveAsync(james);
        var unread = int.Parse(await james.Locator("#notifications-link").GetAttributeAsync("data-unread") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        return (james, unread);
    }

    /// <summary>Waits until the header count on <paramref name="page"/> is one more than <paramref name="before"/>; answers it.</summary>
    private static async Task<int> UnreadRisesAsync(IPage page, int before)
    {
        await UnreadAsync(page, before + 1);
        return before + 1;
    }

    private static Task UnreadAsync(IPage page, int count) =>
        page.Locator($"#notifications-link[data-unread='{count.ToString(System.Globalization.CultureInfo.InvariantCulture)}']")
            .WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>Schedules a meeting yesterday, gives it an agenda item, runs it (the first person present, a decision) and publishes its record.</summary>
    private static async Task PublishRecordAsync(IPage page, string title)
    {
        var meetingUrl = await DemoScene.ScheduleAsync(page, title, DateTime.UtcNow.AddDays(-1), "15:00", "16:00");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit" }).First.ClickAsync();
        await page.Locator("#agenda-0-title").FillAsync("Seguimiento de compromisos");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save agenda" }).ClickAsync();
        await page.GotoAsync(meetingUrl + "/run");
        await page.Locator("#status-0").SelectOptionAsync("present");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save attendance" }).ClickAsync();
        await page.Locator("#outcome-kind").SelectOptionAsync("decision");
        await page.Locator("#outcome-text").FillAsync("Se acuerda revisar el protocolo en la próxima sesión.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add outcome" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish the record" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, publish the record" }).ClickAsync();
    }
}
