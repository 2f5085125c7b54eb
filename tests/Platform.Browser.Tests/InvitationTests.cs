using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Platform.Browser.Tests;

/// <summary>Issue 15: a facilitator schedules without inviting, reads the invitation as it will go, then sends it.</summary>
public sealed partial class InvitationTests
{
    private const string Group = "Voluntary Principles Working Group – Colombia";

    [BrowserFact]
    public async Task Schedule_ThenPreviewAndSend_MeetingPageSaysWhenInvitationsWent()
    {
        await using var host = await HostProcess.StartAsync(demo: true);
        await using var session = await BrowserSession.LaunchAsync();
        await using var context = await session.NewPhoneContextAsync(host.BaseAddress);
        var ana = await context.NewPageAsync();
        await MeetingTests.SignInAsync(ana, "ana.restrepo@demo.example");
        await ana.GetByRole(AriaRole.Link, new() { Name = Group }).First.ClickAsync();
        await ana.GetByRole(AriaRole.Link, new() { Name = "Meetings" }).First.ClickAsync();
        await ana.GetByRole(AriaRole.Link, new() { Name = "Schedule a meeting" }).ClickAsync();
        await ana.Locator("#title").FillAsync("Mesa de socios");
        await ana.Locator("#date").FillAsync(DateTime.UtcNow.AddDays(12).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await ana.Locator("#start-time").FillAsync("10:00");
        await ana.Locator("#end-time").FillAsync("11:00");
        Assert.True(await ana.Locator("#invite-later").IsCheckedAsync());
        await ana.GetByRole(AriaRole.Button, new() { Name = "Schedule", Exact = true }).ClickAsync();
        var anyway = ana.GetByRole(AriaRole.Button, new() { Name = "Schedule anyway" });
        if (await anyway.CountAsync() > 0)
        {
            await anyway.ClickAsync();
        }

        await ana.WaitForURLAsync(MeetingUrl());
        var meetingPath = new Uri(ana.Url).AbsolutePath;
        Assert.Contains("Invitations not sent yet.", await ana.Locator("main").TextContentAsync() ?? "", StringComparison.Ordinal);
        await ana.GetByRole(AriaRole.Link, new() { Name = "Preview and send invitations" }).ClickAsync();
        Assert.Contains("Mesa de socios", await ana.Locator("#mail-subject").TextContentAsync() ?? "", StringComparison.Ordinal);
        await ana.GetByRole(AriaRole.Button, new() { Name = "Send invitations now" }).ClickAsync();

        await ana.WaitForURLAsync(MeetingUrl());
        Assert.Equal(meetingPath, new Uri(ana.Url).AbsolutePath);
        Assert.Contains("Invitations sent on", await ana.Locator("section[aria-labelledby=invitations-title]").TextContentAsync() ?? "", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"/meetings/[0-9a-f-]{36}$")]
    private static partial Regex MeetingUrl();
}
