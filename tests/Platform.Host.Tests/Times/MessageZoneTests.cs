using Platform.Grains.Notifications;
using Platform.Grains.Reminders;
using Platform.Web.Notifications;
using Platform.Web.Reminders;
using Platform.Messages.Reminders;
using Platform.Messages.Notifications;

namespace Platform.Host.Tests.Times;

/// <summary>What reaches a person outside a page (mails, in-app reminders, the digest, calendar files), read in Bogotá and in Paris.</summary>
public sealed class MessageZoneTests
{
    [Theory]
    [InlineData("America/Bogota")]
    [InlineData("Europe/Paris")]
    public async Task Invitation_RecipientInZone_GivesTheStartOnTheirClock(string zone)
    {
        using var scene = await ZoneScene.CreateAsync(zone);
        await scene.Factory.Services.GetRequiredService<Orleans.IGrainFactory>().GetGrain<Platform.Grains.Meetings.IMeetingGrain>(scene.Meeting)
            .SendInvitationsAsync(new Platform.Grains.Meetings.SendInvitations(scene.Viewer.Id));

        var mail = Assert.Single((await scene.Factory.DeliveredMailAsync()), m => m.Contains("invites you to", StringComparison.Ordinal));

        Assert.Contains(scene.Local(ZoneScene.MeetingStarts, "t"), Unfolded(mail), StringComparison.Ordinal);
        Assert.Contains(zone.Replace('_', ' '), Unfolded(mail), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("America/Bogota")]
    [InlineData("Europe/Paris")]
    public async Task MeetingReminder_RecipientInZone_GivesTheStartOnTheirClock(string zone)
    {
        using var scene = await ZoneScene.CreateAsync(zone);
        var messages = scene.Factory.Services.GetRequiredService<ReminderMessages>();

        var request = messages.Meeting(new DueMeetingReminder(scene.Meeting, scene.Group, "Mesa", "Mesa mensual", ZoneScene.MeetingStarts, 1440,
            new Recipient(scene.Viewer.Id, "en", zone), "key"));

        Assert.Contains(request.Arguments, a => a == scene.Local(ZoneScene.MeetingStarts, "f"));
        Assert.DoesNotContain(request.Arguments, a => a.Contains(ZoneScene.Utc(ZoneScene.MeetingStarts, "t"), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("America/Bogota")]
    [InlineData("Europe/Paris")]
    public async Task Digest_SubscriberInZone_ListsComingMeetingsOnTheirClock(string zone)
    {
        using var scene = await ZoneScene.CreateAsync(zone);
        var composer = scene.Factory.Services.GetRequiredService<DigestComposer>();

        var body = composer.Body(new DigestSubscriber(scene.Viewer.Id, "en", zone, 1, 9), new DigestContent([], [], [new DigestMeeting("Mesa", "Mesa mensual", ZoneScene.MeetingStarts)]));

        Assert.Contains(scene.Local(ZoneScene.MeetingStarts, "g"), body, StringComparison.Ordinal);
        Assert.DoesNotContain(ZoneScene.Utc(ZoneScene.MeetingStarts, "g"), body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("America/Bogota")]
    [InlineData("Europe/Paris")]
    public async Task MeetingIcs_ViewerInZone_StatesTheGroupsZoneSoTheirCalendarConverts(string zone)
    {
        using var scene = await ZoneScene.CreateAsync(zone);

        var ics = await scene.Browser.Http.GetStringAsync(new Uri($"/groups/{scene.Group}/meetings/{scene.Meeting}/ics", UriKind.Relative));

        Assert.Contains("DTSTART;TZID=America/Bogota:20270112T090000", ics, StringComparison.Ordinal);
        Assert.Contains("TZID:America/Bogota", ics, StringComparison.Ordinal);
    }

    /// <summary>The mail as a reader sees it: soft line breaks and the narrow space before AM/PM undone.</summary>
    private static string Unfolded(string mail) => mail.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=E2=80=AF", "\u202F", StringComparison.Ordinal);
}
