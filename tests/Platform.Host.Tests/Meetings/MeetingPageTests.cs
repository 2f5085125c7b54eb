namespace Platform.Host.Tests.Meetings;

public sealed class MeetingPageTests
{
    private static Dictionary<string, string> Monthly(string date = "2027-03-09") => MeetingGroup.ScheduleForm("Mesa mensual", date, new()
    {
        ["Input.Place"] = "Alcaldía de Segovia",
        ["Input.OnlineLink"] = "https://meet.example.org/mesa",
        ["Input.Repeat"] = "monthly_nth_weekday",
        ["Input.WeekOfMonth"] = "2",
        ["Input.Weekday"] = "2",
        ["Input.Until"] = "",
    });

    [Fact]
    public async Task NewMeeting_FacilitatorSchedulesMonthlySeriesAndSendsNow_CreatesOccurrencesAndInvitesEachInTheirLanguage()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        using var facilitator = await factory.SignedInAsync("ana@example.org");
        var fields = Monthly();
        fields["Input.Invite"] = "now";

        var done = await facilitator.SubmitAsync(group.NewMeetingPath, fields);

        Assert.Equal(HttpStatusCode.Found, done.Status);
        var location = new Uri(new Uri("http://localhost"), done.Location).PathAndQuery;
        Assert.StartsWith($"/groups/{group.GroupId}/meetings/", location, StringComparison.Ordinal);
        Assert.Equal(12, await MeetingGroup.CountAsync(factory, "SELECT COUNT(*) FROM meeting WHERE series_id IS NOT NULL AND starts_local LIKE '%T09:00'"));
        var page = await facilitator.GetAsync(location);
        Assert.Equal("Mesa mensual", page.Document.QuerySelector("main h1")?.TextContent);
        Assert.NotNull(page.Document.QuerySelector("main a[href$='/ics']"));
        var mails = (await factory.DeliveredMailAsync());
        Assert.Equal(2, mails.Count);
        var spanish = Assert.Single(mails, m => m.Contains("beto@example.org", StringComparison.Ordinal));
        Assert.Contains("le invita a: Mesa mensual", spanish, StringComparison.Ordinal);
        Assert.Contains("(America/Bogota)", spanish.Replace(' ', '/'), StringComparison.Ordinal);
        Assert.Contains("/ics", spanish, StringComparison.Ordinal);
        Assert.Contains("invites you to: Mesa mensual", Assert.Single(mails, m => m.Contains("ana@example.org", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewMeeting_EndBeforeStart_ShowsMessageNextToEndAndKeepsInput()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        using var facilitator = await factory.SignedInAsync("ana@example.org");
        var fields = Monthly();
        fields["Input.Repeat"] = "once";
        fields["Input.EndTime"] = "08:00";

        var page = await facilitator.SubmitAsync(group.NewMeetingPath, fields);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("true", page.Document.QuerySelector("#end-time")?.GetAttribute("aria-invalid"));
        Assert.NotNull(page.Document.QuerySelector("#end-time-error"));
        Assert.Equal("Mesa mensual", page.Document.QuerySelector("#title")?.GetAttribute("value"));
        Assert.Equal(0, await MeetingGroup.CountAsync(factory, "SELECT COUNT(*) FROM meeting"));
    }

    [Fact]
    public async Task NewMeeting_OverlapsAnother_WarnsThenSchedulesOnConfirm()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        using var facilitator = await factory.SignedInAsync("ana@example.org");
        var fields = Monthly();
        fields["Input.Repeat"] = "once";
        await facilitator.SubmitAsync(group.NewMeetingPath, fields);

        var warned = await facilitator.SubmitAsync(group.NewMeetingPath, fields);
        var confirm = MeetingGroup.HiddenFields(warned);
        foreach (var (name, value) in fields)
        {
            confirm[name] = value;
        }

        var done = await facilitator.PostAsync(group.NewMeetingPath, confirm);

        Assert.NotNull(warned.Document.QuerySelector("main [role=alert] .meeting-list li"));
        Assert.Equal("true", confirm["Input.ConfirmOverlap"]);
        Assert.Equal(HttpStatusCode.Found, done.Status);
        Assert.Equal(2, await MeetingGroup.CountAsync(factory, "SELECT COUNT(*) FROM meeting"));
    }

    [Fact]
    public async Task MeetingPage_MemberAnswersWithDelegate_IsStoredAndFacilitatorSeesIt()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var meetingId = await ScheduleAsync(factory, group);
        using var member = await factory.SignedInAsync("beto@example.org");

        var answered = await member.SubmitAsync($"/groups/{group.GroupId}/meetings/{meetingId}", "main form[method=post]", new Dictionary<string, string>
        {
            ["Rsvp.Response"] = "not_attending",
            ["Rsvp.Delegate"] = group.Facilitator.Id,
        });
        using var facilitator = await factory.SignedInAsync("ana@example.org");
        var seen = await facilitator.GetAsync($"/groups/{group.GroupId}/meetings/{meetingId}");

        Assert.NotNull(answered.Document.QuerySelector("main [role=status]"));
        Assert.Equal("checked", answered.Document.QuerySelector("#rsvp-not_attending")?.GetAttribute("checked") is null ? null : "checked");
        Assert.Equal(1, await MeetingGroup.CountAsync(factory, "SELECT COUNT(*) FROM meeting_response WHERE response = 'not_attending' AND delegate_user_id = @id", new { id = group.Facilitator.Id }));
        Assert.Contains("beto", seen.Document.QuerySelector("main table.responses")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewAndEdit_Member_AreDenied()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var meetingId = await ScheduleAsync(factory, group);
        using var member = await factory.SignedInAsync("beto@example.org");

        var create = await member.GetAsync(group.NewMeetingPath);
        var edit = await member.GetAsync($"/groups/{group.GroupId}/meetings/{meetingId}/edit");
        var post = await member.PostAsync($"/groups/{group.GroupId}/meetings/{meetingId}/edit", new Dictionary<string, string>());
        var view = await member.GetAsync($"/groups/{group.GroupId}/meetings/{meetingId}");

        Assert.All([create, edit, post], PageAssert.Denied);
        Assert.Equal(HttpStatusCode.OK, view.Status);
        Assert.Null(view.Document.QuerySelector($"main a[href$='/edit']"));
    }

    [Fact]
    public async Task MeetingPage_MeetingOfAnotherGroupUnderOwnGroupRoute_IsDenied()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var other = await MeetingGroup.CreateAsync(factory, "otra");
        var theirs = await ScheduleAsync(factory, other);
        using var member = await factory.SignedInAsync("beto@example.org");

        var page = await member.GetAsync($"/groups/{group.GroupId}/meetings/{theirs}");

        PageAssert.Denied(page);
    }

    [Fact]
    public async Task Calendar_MonthWithMeeting_ListsItAndLinksNeighbourMonths()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        await ScheduleAsync(factory, group);
        using var member = await factory.SignedInAsync("beto@example.org");

        var page = await member.GetAsync($"/groups/{group.GroupId}/meetings?month=2027-01");

        Assert.Contains("Reunión", page.Document.QuerySelector("main .meeting-list")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.EndsWith("?month=2026-12", page.Document.QuerySelector("main a[rel=prev]")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.EndsWith("?month=2027-02", page.Document.QuerySelector("main a[rel=next]")?.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_MemberWithUpcomingMeeting_ListsItBesideTheirGroupsAndGroupPageLinksTheCalendar()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var id = await ScheduleAsync(factory, group);
        using var member = await factory.SignedInAsync("beto@example.org");

        var home = await member.GetAsync("/");
        var groupPage = await member.GetAsync($"/groups/{group.GroupId}");

        Assert.NotNull(home.Document.QuerySelector("main table.my-groups"));
        Assert.NotNull(home.Document.QuerySelector($"main section[aria-labelledby=upcoming-title] a[href='/groups/{group.GroupId}/meetings/{id}']"));
        Assert.NotNull(groupPage.Document.QuerySelector($"main a[href='/groups/{group.GroupId}/meetings']"));
    }

    private static Task<Guid> ScheduleAsync(PlatformFactory factory, MeetingGroup group) => group.ScheduleAsync(factory, new LocalDate(2027, 1, 12));
}
