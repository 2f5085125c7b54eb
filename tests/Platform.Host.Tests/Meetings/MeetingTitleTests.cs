namespace Platform.Host.Tests.Meetings;

public sealed class MeetingTitleTests
{
    [Fact]
    public async Task NewMeeting_TitleWithLineBreak_InvitationsAreWellFormedAndTitleIsStoredOnOneLine()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        using var facilitator = await factory.SignedInAsync("ana@example.org");

        var done = await facilitator.SubmitAsync(group.NewMeetingPath, MeetingGroup.ScheduleForm("Mesa mensual\r\nBcc: intruso@example.org", "2027-01-12", new()
        {
            ["Input.Place"] = "Alcaldía\nde Segovia",
            ["Input.Repeat"] = "once",
            ["Input.Invite"] = "now",
        }));

        Assert.Equal(HttpStatusCode.Found, done.Status);
        var stored = await new Access.Personas(factory).ScalarAsync<string>("SELECT title || '|' || place FROM meeting");
        Assert.Equal("Mesa mensual Bcc: intruso@example.org|Alcaldía de Segovia", stored);
        var mails = (await factory.DeliveredMailAsync());
        Assert.Equal(2, mails.Count);
        foreach (var mail in mails)
        {
            var headers = mail[..mail.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Split("\r\n");
            Assert.DoesNotContain(headers, h => h.StartsWith("Bcc", StringComparison.OrdinalIgnoreCase));
            Assert.All(headers, h => Assert.Matches(@"^([A-Za-z-]+: |[ \t])", h));
            Assert.Contains("Mesa mensual Bcc: intruso@example.org", mail, StringComparison.Ordinal);
        }
    }
}
