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
        var form = await ana.OpenFormAsync(group.NewMeetingPath, "new-meeting");

        var done = await ana.SendAsync(form, MeetingGroup.ScheduleForm("Mesa de enero", Ahead(factory, 20)));
        var page = await ana.FollowAsync(done);

        Assert.Equal("later", form.Values["Input.Invite"]);
        Assert.Empty(await factory.DeliveredMailAsync());
        Assert.Contains("Invitations not sent yet.", page.MainText, StringComparison.Ordinal);
        Assert.Equal("Preview and send invitations", page.Document.QuerySelector("main a[href$='/invitations']")?.TextContent);
    }

    [Fact]
    public async Task Preview_Facilitator_ShowsTheMailTheCalendarFileAndHowManyReceiveIt()
    {
        using var scene = await Scene.StartAsync();
        var factory = scene.Factory;

        var page = await scene.Ana.GetAsync(scene.Invitations);

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
        using var scene = await Scene.StartAsync();
        var (factory, group, meeting, ana) = (scene.Factory, scene.Group, scene.Meeting, scene.Ana);
        var form = await ana.OpenFormAsync(scene.Invitations, "send-invitations");

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
        using var scene = await Scene.StartAsync();
        var form = await scene.Ana.OpenFormAsync(scene.Invitations, "send-invitations");

        var forged = await scene.Ana.PostAsync(form.Action, form.Values.Where(v => v.Key != "__RequestVerificationToken").ToDictionary());

        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Equal(0, await MeetingGroup.CountAsync(scene.Factory, "SELECT COUNT(*) FROM mail_request"));
    }

    [Theory]
    [InlineData("en", "Choose a time that is still ahead.")]
    [InlineData("es", "Elija una hora que aún no haya pasado.")]
    [InlineData("fr", "Choisissez une heure qui n’est pas encore passée.")]
    public async Task Plan_TimeAlreadyPast_ShowsMessageInTheirLanguageAndKeepsWhatWasTyped(string language, string message)
    {
        using var scene = await Scene.StartAsync(language);
        var (factory, meeting, ana) = (scene.Factory, scene.Meeting, scene.Ana);
        var form = await ana.OpenFormAsync(scene.Invitations, "plan-invitations");
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
        using var scene = await Scene.StartAsync();
        var (factory, ana, url) = (scene.Factory, scene.Ana, scene.Invitations);
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
        using var scene = await Scene.StartAsync();
        using var beto = await scene.Factory.SignedInAsync(scene.Group.Member);

        var page = await beto.GetAsync(scene.Invitations);

        Assert.NotEqual(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector(".mail-preview"));
    }

    /// <summary>A date <paramref name="days"/> from the fake clock's today, as a date field sends it.</summary>
    private static string Ahead(PlatformFactory factory, int days) =>
        LocalDate.FromDateTime(factory.Time.GetUtcNow().UtcDateTime).PlusDays(days).ToString("uuuu'-'MM'-'dd", System.Globalization.CultureInfo.InvariantCulture);

    private static IMeetingGrain Grain(PlatformFactory factory, Guid id) => factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IMeetingGrain>(id);

    /// <summary>
    /// A new host with a <see cref="MeetingGroup"/> (its facilitator reading <paramref name="language"/>, when given) and a meeting
    /// twenty days ahead, not yet invited to; the facilitator, Ana, is signed in.
    /// </summary>
    private sealed record Scene(PlatformFactory Factory, MeetingGroup Group, Guid Meeting, FormClient Ana) : IDisposable
    {
        public string Invitations => $"/groups/{Group.GroupId}/meetings/{Meeting}/invitations";

        public static async Task<Scene> StartAsync(string? language = null)
        {
            var factory = new PlatformFactory();
            var group = await MeetingGroup.CreateAsync(factory);
            if (language is not null)
            {
                await SetLanguageAsync(factory, group.Facilitator.Id, language);
            }

            var meeting = await group.ScheduleAsync(factory, MeetingGroup.DaysFromToday(factory, 20), "Mesa de enero", "Alcaldía de Segovia");
            return new Scene(factory, group, meeting, await factory.SignedInAsync(group.Facilitator));
        }

        public void Dispose()
        {
            Ana.Dispose();
            Factory.Dispose();
        }
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
