using Microsoft.Playwright;

namespace Platform.Browser.Tests;

/// <summary>Issue 15: a facilitator schedules without inviting, reads the invitation as it will go, then sends it.</summary>
public sealed class InvitationTests
{
    [BrowserFact]
    public async Task Schedule_ThenPreviewAndSend_MeetingPageSaysWhenInvitationsWent()
    {
        await using var scene = await DemoScene.StartAsync();
        var (_, ana) = await scene.SignInAsync("ana.restrepo@demo.example");
        await DemoScene.ScheduleAsync(ana, "Mesa de socios", DateTime.UtcNow.AddDays(12), "10:00", "11:00",
            async () => Assert.True(await ana.Locator("#invite-later").IsCheckedAsync()));

        var meetingPath = new Uri(ana.Url).AbsolutePath;
        Assert.Contains("Invitations not sent yet.", await ana.Locator("main").TextContentAsync() ?? "", StringComparison.Ordinal);
        await ana.GetByRole(AriaRole.Link, new() { Name = "Preview and send invitations" }).ClickAsync();
        Assert.Contains("Mesa de socios", await ana.Locator("#mail-subject").TextContentAsync() ?? "", StringComparison.Ordinal);
        await ana.GetByRole(AriaRole.Button, new() { Name = "Send invitations now" }).ClickAsync();

        await ana.WaitForURLAsync(DemoScene.MeetingUrl());
        Assert.Equal(meetingPath, new Uri(ana.Url).AbsolutePath);
        Assert.Contains("Invitations sent on", await ana.Locator("section[aria-labelledby=invitations-title]").TextContentAsync() ?? "", StringComparison.Ordinal);
    }
}
