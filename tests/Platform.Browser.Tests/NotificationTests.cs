using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Platform.Browser.Tests;

/// <summary>The live unread count: a member has a page open, a facilitator publishes a record he took part in, the header
/// count rises without a reload; he opens the notification centre and marks it read.</summary>
public sealed partial class NotificationTests
{
    private const string Group = "Voluntary Principles Working Group – Colombia";

    [BrowserFact]
    public async Task HeaderCount_RecordPublishedForMember_RisesWithoutReloadAndMarkReadClearsIt()
    {
        await using var host = await HostProcess.StartAsync(demo: true);
        await using var session = await BrowserSession.LaunchAsync();
        await using var jamesContext = await session.NewPhoneContextAsync(host.BaseAddress);
        var james = await jamesContext.NewPageAsync();
        await MeetingTests.SignInAsync(james, "james.whitfield@demo.example");
        await james.GotoAsync("/actions");
        await LiveTests.WaitLiveAsync(james);
        var before = int.Parse(await james.Locator("#notifications-link").GetAttributeAsync("data-unread") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        await james.EvaluateAsync("() => { window.notReloaded = true; }");

        await using var anaContext = await session.NewPhoneContextAsync(host.BaseAddress);
        var ana = await anaContext.NewPageAsync();
        await MeetingTests.SignInAsync(ana, "ana.restrepo@demo.example");
        await PublishRecordAsync(ana, "Plenaria de seguimiento");

        // The hub told James's connection "notifications"; live.js re-fetched the link under his own cookie.
        var after = (before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await james.Locator($"#notifications-link[data-unread='{after}']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.True(await james.EvaluateAsync<bool>("() => window.notReloaded === true"));
        Assert.Contains($"({after} unread)", await james.Locator("#notifications-link").TextContentAsync() ?? "", StringComparison.Ordinal);

        await james.Locator("#notifications-link").ClickAsync();
        var item = james.Locator("ol.notifications li.unread").Filter(new() { HasText = "Plenaria de seguimiento" });
        await item.GetByRole(AriaRole.Button, new() { Name = "Mark as read" }).ClickAsync();
        await james.Locator($"#notifications-link[data-unread='{before}']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.Equal(1, await james.Locator("ol.notifications li.read").Filter(new() { HasText = "Plenaria de seguimiento" }).CountAsync());
        if (before > 0)
        {
            await james.GetByRole(AriaRole.Button, new() { Name = "Mark all as read" }).ClickAsync();
        }

        await james.Locator("#notifications-link[data-unread='0']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    [BrowserFact]
    public async Task Cancel_FacilitatorConfirmsCancellation_MemberSeesTheCancellationNotificationLinkingToTheMeeting()
    {
        await using var host = await HostProcess.StartAsync(demo: true);
        await using var session = await BrowserSession.LaunchAsync();
        await using var jamesContext = await session.NewPhoneContextAsync(host.BaseAddress);
        var james = await jamesContext.NewPageAsync();
        await MeetingTests.SignInAsync(james, "james.whitfield@demo.example");
        await james.GotoAsync("/actions");
        await LiveTests.WaitLiveAsync(james);
        var before = int.Parse(await james.Locator("#notifications-link").GetAttributeAsync("data-unread") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

        await using var anaContext = await session.NewPhoneContextAsync(host.BaseAddress);
        var ana = await anaContext.NewPageAsync();
        await MeetingTests.SignInAsync(ana, "ana.restrepo@demo.example");
        await ana.GetByRole(AriaRole.Link, new() { Name = Group }).First.ClickAsync();
        await ana.GetByRole(AriaRole.Link, new() { Name = "Meetings" }).First.ClickAsync();
        await ana.GetByRole(AriaRole.Link, new() { Name = "Schedule a meeting" }).ClickAsync();
        await ana.Locator("#title").FillAsync("Mesa técnica aplazada");
        await ana.Locator("#date").FillAsync(DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await ana.Locator("#start-time").FillAsync("15:00");
        await ana.Locator("#end-time").FillAsync("16:00");

        // Invited at once, so the cancellation has someone to tell (invitations not sent tell nobody).
        await ana.Locator("#invite-now").CheckAsync();
        await ana.GetByRole(AriaRole.Button, new() { Name = "Schedule", Exact = true }).ClickAsync();
        var anyway = ana.GetByRole(AriaRole.Button, new() { Name = "Schedule anyway" });
        if (await anyway.CountAsync() > 0)
        {
            await anyway.ClickAsync();
        }

        await ana.WaitForURLAsync(MeetingUrl());
        var meetingPath = new Uri(ana.Url).AbsolutePath;
        await ana.GetByRole(AriaRole.Link, new() { Name = "Edit" }).First.ClickAsync();
        await ana.GetByRole(AriaRole.Button, new() { Name = "Cancel the meeting" }).ClickAsync();
        await ana.GetByRole(AriaRole.Button, new() { Name = "Yes, cancel the meeting" }).ClickAsync();

        // The delivery job, kicked by the cancellation's commit, wrote James's notification; the hub told his page.
        var after = (before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await james.Locator($"#notifications-link[data-unread='{after}']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await james.Locator("#notifications-link").ClickAsync();
        var notice = james.Locator($"ol.notifications li.unread a[href='{meetingPath}']");
        Assert.Contains("Mesa técnica aplazada", await notice.TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Contains("is cancelled", await notice.TextContentAsync() ?? "", StringComparison.Ordinal);
        await notice.ClickAsync();
        await james.WaitForURLAsync(MeetingUrl());
        Assert.Equal(meetingPath, new Uri(james.Url).AbsolutePath);
    }

    private static async Task PublishRecordAsync(IPage page, string title)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = Group }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Meetings" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Schedule a meeting" }).ClickAsync();
        await page.Locator("#title").FillAsync(title);
        await page.Locator("#date").FillAsync(DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#start-time").FillAsync("15:00");
        await page.Locator("#end-time").FillAsync("16:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule", Exact = true }).ClickAsync();
        var anyway = page.GetByRole(AriaRole.Button, new() { Name = "Schedule anyway" });
        if (await anyway.CountAsync() > 0)
        {
            await anyway.ClickAsync();
        }

        await page.WaitForURLAsync(MeetingUrl());
        var meetingUrl = page.Url;
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

    [GeneratedRegex(@"/meetings/[0-9a-f-]{36}$")]
    private static partial Regex MeetingUrl();
}
