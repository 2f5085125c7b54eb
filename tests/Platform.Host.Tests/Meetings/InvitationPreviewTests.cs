using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Orleans;
using Platform.Grains.Meetings;
using Platform.Grains.WorkingGroups;

namespace Platform.Host.Tests.Meetings;

/// <summary>Issue 15: scheduling invites nobody; the facilitator previews the invitation, then sends it or plans when it goes.</summary>
public sealed class InvitationPreviewTests
{
    [Fact]
    public async Task NewMeeting_DefaultChoice_NobodyMailedAndMeetingPageOffersThePreview()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        using var ana = await factory.SignedInAsync("ana@example.org");
        var form = await ana.OpenFormAsync($"/groups/{group.GroupId}/meetings/new", "new-meeting");

        var done = await ana.SendAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Mesa de enero",
            ["Input.Date"] = Ahead(factory, 20),
            ["Input.StartTime"] = "09:00",
            ["Input.EndTime"] = "11:00",
        });
        var page = await ana.FollowAsync(done);

        Assert.Equal("later", form.Values["Input.Invite"]);
        Assert.Empty(await factory.DeliveredMailAsync());
        Assert.Contains("Invitations not sent yet.", page.MainText, StringComparison.Ordinal);
        Assert.Equal("Preview and send invitations", page.Document.QuerySelector("main a[href$='/invitations']")?.TextContent);
    }

    [Fact]
    public async Task Preview_Facilitator_ShowsTheMailTheCalendarFileAndHowManyReceiveIt()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var meeting = await ScheduleAsync(factory, group);
        using var ana = await factory.SignedInAsync("ana@example.org");

        var page = await ana.GetAsync($"/groups/{group.GroupId}/meetings/{meeting}/invitations");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Invitation: Mesa de enero (Mesa minera de Segovia)", page.Document.QuerySelector("#mail-subject")?.TextContent);
        var body = page.Document.QuerySelector(".mail-preview-body")!.TextContent;
        Assert.Contains("invites you to: Mesa de enero", body, StringComparison.Ordinal);
        Assert.Contains("/account/notifications", body, StringComparison.Ordinal);
        Assert.Contains("invite.ics", page.MainText, StringComparison.Ordinal);
        Assert.Contains("2 people seated in the group", page.MainText, StringComparison.Ordinal);
        Assert.Empty(await factory.DeliveredMailAsync());
    }

    [Fact]
    public async Task Send_FromPreview_EachInviteeMailedOnceAndPagesSaySent()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var meeting = await ScheduleAsync(factory, group);
        using var ana = await factory.SignedInAsync("ana@example.org");
        var form = await ana.OpenFormAsync($"/groups/{group.GroupId}/meetings/{meeting}/invitations", "send-invitations");

        var sent = await ana.SendAsync(form, new Dictionary<string, string>());
        var again = await ana.SendAsync(form, new Dictionary<string, string>());
        var mails = await factory.DeliveredMailAsync();
        var page = await ana.GetAsync($"/groups/{group.GroupId}/meetings/{meeting}");

        Assert.Equal(HttpStatusCode.Found, sent.Status);
        Assert.Equal($"/groups/{group.GroupId}/meetings/{meeting}", new Uri(new Uri("http://localhost"), sent.Location).PathAndQuery);
        Assert.Contains("were already sent", again.Document.QuerySelector("main [role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, mails.Count);
        Assert.Contains("Invitations sent on", page.MainText, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("main a[href$='/invitations']"));
        Assert.Equal(1, await MeetingGroup.CountAsync(factory, "SELECT COUNT(*) FROM journal_entry WHERE action = 'invitations_sent' AND actor = @id", new { id = group.Facilitator.Id }));
    }

    [Fact]
    public async Task Send_PostWithoutAntiforgeryToken_IsRejectedAndNobodyInvited()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var meeting = await ScheduleAsync(factory, group);
        using var ana = await factory.SignedInAsync("ana@example.org");
        var form = await ana.OpenFormAsync($"/groups/{group.GroupId}/meetings/{meeting}/invitations", "send-invitations");

        var forged = await ana.PostAsync(form.Action, form.Values.Where(v => v.Key != "__RequestVerificationToken").ToDictionary());

        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Equal(0, await MeetingGroup.CountAsync(factory, "SELECT COUNT(*) FROM mail_request"));
    }

    [Theory]
    [InlineData("en", "Choose a time that is still ahead.")]
    [InlineData("es", "Elija una hora que aún no haya pasado.")]
    [InlineData("fr", "Choisissez une heure qui n’est pas encore passée.")]
    public async Task Plan_TimeAlreadyPast_ShowsMessageInTheirLanguageAndKeepsWhatWasTyped(string language, string message)
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        await SetLanguageAsync(factory, group.Facilitator.Id, language);
        var meeting = await ScheduleAsync(factory, group);
        using var ana = await factory.SignedInAsync("ana@example.org");
        var form = await ana.OpenFormAsync($"/groups/{group.GroupId}/meetings/{meeting}/invitations", "plan-invitations");
        var yesterday = Ahead(factory, -1);

        var page = await ana.SendAsync(form, new Dictionary<string, string> { ["Plan.Date"] = yesterday, ["Plan.Time"] = "08:30" });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.MainText, StringComparison.Ordinal);
        Assert.Equal(yesterday, page.Document.QuerySelector("#plan-date")?.GetAttribute("value"));
        Assert.Equal("08:30", page.Document.QuerySelector("#plan-time")?.GetAttribute("value"));
        Assert.Null((await Grain(factory, meeting).GetAsync())!.InvitationsDueAt);
    }

    [Fact]
    public async Task Plan_BeforeTheMeeting_PageShowsWhenAndTheScanSendsThenCallingOffIsPossible()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var meeting = await ScheduleAsync(factory, group);
        using var ana = await factory.SignedInAsync("ana@example.org");
        var url = $"/groups/{group.GroupId}/meetings/{meeting}/invitations";
        var plan = await ana.OpenFormAsync(url, "plan-invitations");

        var planned = await ana.SendAsync(plan, new Dictionary<string, string> { ["Plan.Date"] = Ahead(factory, 3), ["Plan.Time"] = "08:30" });
        var shown = await ana.GetAsync(url);
        var early = await factory.Services.GetRequiredService<InvitationScan>().RunAsync(factory.Time.GetUtcNow());
        factory.Time.Advance(TimeSpan.FromDays(4));
        var due = await factory.Services.GetRequiredService<InvitationScan>().RunAsync(factory.Time.GetUtcNow());

        Assert.Equal(HttpStatusCode.Found, planned.Status);
        Assert.Contains("They go out by themselves on", shown.MainText, StringComparison.Ordinal);
        Assert.NotNull(shown.Document.QuerySelector("main input[name=_handler][value=unplan-invitations]"));
        Assert.Equal(((0, 0), (1, 1)), (early, due));
        Assert.Equal(2, (await factory.DeliveredMailAsync()).Count);
    }

    [Fact]
    public async Task Preview_Member_IsDenied()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var meeting = await ScheduleAsync(factory, group);
        using var beto = await factory.SignedInAsync("beto@example.org");

        var page = await beto.GetAsync($"/groups/{group.GroupId}/meetings/{meeting}/invitations");

        Assert.NotEqual(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector(".mail-preview"));
    }

    /// <summary>A date <paramref name="days"/> from the fake clock's today, as a date field sends it.</summary>
    private static string Ahead(PlatformFactory factory, int days) =>
        LocalDate.FromDateTime(factory.Time.GetUtcNow().UtcDateTime).PlusDays(days).ToString("uuuu'-'MM'-'dd", System.Globalization.CultureInfo.InvariantCulture);

    private static IMeetingGrain Grain(PlatformFactory factory, Guid id) => factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IMeetingGrain>(id);

    /// <summary>A meeting twenty days ahead, not yet invited to.</summary>
    private static async Task<Guid> ScheduleAsync(PlatformFactory factory, MeetingGroup group)
    {
        var id = Guid.NewGuid();
        var starts = LocalDate.FromDateTime(factory.Time.GetUtcNow().UtcDateTime).PlusDays(20) + new LocalTime(9, 0);
        await Grain(factory, id).ScheduleAsync(new ScheduleMeeting(group.GroupId, new MeetingDetails("Mesa de enero", starts, starts.PlusHours(2), "Alcaldía de Segovia", null), group.Facilitator.Id));
        return id;
    }

    private static async Task SetLanguageAsync(PlatformFactory factory, string userId, string language)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var stored = await users.FindByIdAsync(userId);
        stored!.PreferredLanguage = language;
        await users.UpdateAsync(stored);
    }
}
