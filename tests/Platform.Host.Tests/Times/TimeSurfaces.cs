using Platform.Web.Calendar;
using System.Globalization;
using Platform.Grains.ActionItems;
using Platform.Grains.Commitments;
using Platform.Host.Tests.Organisations;
using Platform.Web.MeetingRecords;
using Platform.Web.Meetings;
using Platform.Web.ActionItems;
using Platform.Web.Commitments;
using Platform.Web.Accounts;
using Platform.Web.Admin;
using Platform.Web.Donors;
using Platform.Web.WorkingGroups;
using Platform.Web.Components;
using Platform.Web.Notifications;
using Platform.Web.Reports;
using EditMeetingPage = Platform.Web.Meetings.EditMeeting;
using MeetingCalendarPage = Platform.Web.Meetings.MeetingCalendar;

namespace Platform.Host.Tests.Times;

/// <summary>
/// Every place a person reads a date or time, how to reach it in a <see cref="ZoneScene"/>, what it must show
/// (and, where it differs, the UTC text it must not show) and which components render it there. The zone tests run
/// each entry for a viewer in Bogotá and one in Paris; the guard fails for a component that shows times and is in none.
/// </summary>
internal sealed record TimeSurface(string Name, Type[] Components, Func<ZoneScene, Task<string>> TextAsync, params Func<ZoneScene, (string Local, string Utc)>[] Shows)
{
    public override string ToString() => Name;

    /// <summary>Reaching it changes nothing another surface shows, so the zone tests read it on a scene shared with others.</summary>
    public bool OnlyReads { get; init; }

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static Func<ZoneScene, (string, string)> At(DateTimeOffset instant, string format) => s => (s.Local(instant, format), ZoneScene.Utc(instant, format));

    /// <summary>Text that is the same on every clock (a calendar date, a month, an hour of one's own day).</summary>
    private static Func<ZoneScene, (string, string)> Same(string text) => _ => (text, text);

    private static readonly Func<ZoneScene, (string, string)> MeetingShort = At(ZoneScene.MeetingStarts, "g");
    private static readonly Func<ZoneScene, (string, string)> MeetingLong = At(ZoneScene.MeetingStarts, "f");
    private static readonly Func<ZoneScene, (string, string)> RecordedShort = At(ZoneScene.Recorded, "g");
    private static readonly Func<ZoneScene, (string, string)> RecordedLong = At(ZoneScene.Recorded, "f");
    private static readonly Func<ZoneScene, (string, string)> RecordedDay = At(ZoneScene.Recorded, "d");
    private static readonly Func<ZoneScene, (string, string)> DueDay = Same(new DateTime(2027, 2, 1).ToString("d", English));
    private static readonly Func<ZoneScene, (string, string)> ReportMonth = Same(new DateTime(2026, 12, 1).ToString("MMM yyyy", English));

    public static IReadOnlyList<TimeSurface> All { get; } =
    [
        new("meeting calendar", [typeof(MeetingCalendarPage), typeof(MeetingMonth), typeof(MeetingList)],
            s => MainAsync(s.Browser, $"/groups/{s.Group}/meetings?month=2027-01"), MeetingShort) { OnlyReads = true },
        new("meeting calendar, live fragment", [typeof(MeetingMonth), typeof(MeetingList)],
            s => BodyAsync(s.Browser, $"/groups/{s.Group}/fragments/meetings?month=2027-01"), MeetingShort) { OnlyReads = true },
        new("overlap warning on a new meeting", [typeof(NewMeeting), typeof(OverlapWarning)], OverlapOnNewAsync, MeetingShort),
        new("editing a later meeting, with the backlog", [typeof(EditMeetingPage), typeof(BacklogChoice)], EditLaterMeetingAsync, MeetingShort),
        new("meeting page", [typeof(MeetingPage), typeof(MeetingWhen)], s => MainAsync(s.Browser, $"/groups/{s.Group}/meetings/{s.Meeting}"), MeetingLong) { OnlyReads = true },
        new("meeting page, invitations sent", [typeof(MeetingPage), typeof(InvitationState)], async s =>
        {
            await s.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IMeetingGrain>(s.Meeting).SendInvitationsAsync(new SendInvitations(s.Viewer.Id));
            return await MainAsync(s.Browser, $"/groups/{s.Group}/meetings/{s.Meeting}");
        }, RecordedLong),
        new("invitation preview: the mail on one's own clock, the planned send", [typeof(InvitationsPage)], async s =>
        {
            await s.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IMeetingGrain>(s.Meeting).PlanInvitationsAsync(new PlanInvitations(ZoneScene.Recorded.AddDays(1), s.Viewer.Id));
            return await MainAsync(s.Browser, $"/groups/{s.Group}/meetings/{s.Meeting}/invitations");
        }, At(ZoneScene.MeetingStarts, "f"), At(ZoneScene.Recorded.AddDays(1), "f")),
        new("home, upcoming meetings", [typeof(Home)], s => MainAsync(s.Browser, "/"), MeetingShort) { OnlyReads = true },
        new("cancelling a meeting, its confirmation", [typeof(CancelMeetingPage), typeof(MeetingWhen)],
            s => MainAsync(s.Browser, $"/groups/{s.Group}/meetings/{s.Meeting}/cancel"), MeetingLong) { OnlyReads = true },
        new("running a meeting not yet started", [typeof(RunMeeting), typeof(NotStartedNote)],
            s => MainAsync(s.Browser, $"/groups/{s.Group}/meetings/{s.Meeting}/run"), MeetingLong) { OnlyReads = true },
        new("publishing the record of a meeting not yet started", [typeof(PublishRecordPage), typeof(NotStartedNote)],
            s => MainAsync(s.Browser, $"/groups/{s.Group}/meetings/{s.Meeting}/record/publish"), MeetingLong) { OnlyReads = true },
        new("group page, activity", [typeof(ViewGroup), typeof(ActivityFeed)], s => MainAsync(s.Browser, $"/groups/{s.Group}"), RecordedShort) { OnlyReads = true },
        new("group activity, live fragment", [typeof(ActivityFeed)], s => BodyAsync(s.Browser, $"/groups/{s.Group}/fragments/activity"), RecordedShort) { OnlyReads = true },
        new("notifications", [typeof(NotificationList)], s => MainAsync(s.Browser, "/notifications"), RecordedShort) { OnlyReads = true },
        new("digest hour, on one's own clock", [typeof(NotificationSettings)], s => MainAsync(s.Browser, "/account/notifications"),
            Same(new DateTime(2027, 1, 1, 9, 0, 0).ToString("t", English))) { OnlyReads = true },
        new("published record", [typeof(RecordPage), typeof(RecordDocument), typeof(AcknowledgementList)],
            s => MainAsync(s.Browser, $"/groups/{s.Group}/meetings/{s.Held}/record"), RecordedShort, At(ZoneScene.HeldStarts, "f")) { OnlyReads = true },
        new("action item page", [typeof(ActionItemPage), typeof(ActionItemBody)], async s => await MainAsync(s.Browser, $"/groups/{s.Group}/actions/{await ActionItemAsync(s)}"), RecordedShort, DueDay),
        new("action item, live fragment", [typeof(ActionItemBody)], async s => await BodyAsync(s.Browser, $"/groups/{s.Group}/fragments/actions/{await ActionItemAsync(s)}"), RecordedShort, DueDay),
        new("action board", [typeof(ActionItemList)], async s =>
        {
            await ActionItemAsync(s);
            return await MainAsync(s.Browser, $"/groups/{s.Group}/actions");
        }, DueDay),
        new("commitment page", [typeof(CommitmentPage), typeof(CommitmentDetails)], async s => await MainAsync(s.Browser, $"/groups/{s.Group}/commitments/{await CommitmentAsync(s)}"), RecordedDay, DueDay),
        new("calendar subscription", [typeof(CalendarSubscription)], CalendarLinkAsync, At(ZoneScene.Recorded, "D")),
        new("own sessions: the day signed in", [typeof(Sessions)], s => MainAsync(s.Browser, "/account/sessions"), RecordedDay) { OnlyReads = true },
        new("mail outbox", [typeof(MailOutbox)], OutboxAsync, RecordedShort),
        new("people list: the viewer's last sign-in", [typeof(People)], s => AdministratorAsync(s, "/admin/people"), RecordedShort),
        new("a person's page: last sign-in", [typeof(Person)], s => AdministratorAsync(s, $"/admin/people/{s.Viewer.Id}"), RecordedShort),
        new("pending invitations: when each expires", [typeof(Invitations)], async s =>
        {
            await s.Factory.InviteAsync(s.Viewer, "nueva@example.org");
            return await AdministratorAsync(s, "/admin/invitations");
        }, At(ZoneScene.Recorded + Platform.Grains.People.Invitation.Lifetime, "g")),
        new("donor portfolio", [typeof(Portfolio), typeof(ReportHeading), typeof(PortfolioReport), typeof(Trend)],
            s => DonorAsync(s, "/portfolio"), RecordedLong, ReportMonth),
        new("donor portfolio, print", [typeof(PortfolioPrint), typeof(ReportHeading)], s => DonorAsync(s, "/portfolio/print"), RecordedLong),
        new("donor group summary", [typeof(GroupSummary), typeof(ReportHeading), typeof(GroupReport), typeof(BarChart)],
            s => DonorAsync(s, $"/groups/{s.Group}/summary"), RecordedLong, ReportMonth),
        new("public report follow-up: the reporter's own report, in days", [typeof(Platform.Web.Incidents.Report.FollowUp), typeof(Platform.Web.Incidents.ReporterCaseView)],
            ReporterFollowUpAsync, Same(new DateTime(2027, 1, 4).ToString("D", English))),
        new("incident page: steps at their instant, days as days", [typeof(Platform.Web.Incidents.IncidentPage), typeof(Platform.Web.Incidents.IncidentView), typeof(Platform.Web.Incidents.IncidentChainView)],
            IncidentOnAgendaAsync, RecordedShort, Same(new DateTime(2027, 1, 4).ToString("d", English)), Same(new DateTime(2027, 1, 19).ToString("d", English))),
        new("incident register: the group's day received", [typeof(Platform.Web.Incidents.IncidentRegisterPage)], async s =>
        {
            await IncidentAsync(s);
            return await MainAsync(s.Browser, $"/groups/{s.Group}/incidents");
        }, Same(new DateTime(2027, 1, 4).ToString("d", English))),
        new("donor group summary, print", [typeof(GroupSummaryPrint), typeof(ReportHeading)], s => DonorAsync(s, $"/groups/{s.Group}/summary/print"), RecordedLong),
    ];

    private static async Task<string> MainAsync(FormClient browser, string url)
    {
        var page = await browser.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        return page.Document.QuerySelector("main")?.TextContent ?? "";
    }

    private static async Task<string> BodyAsync(FormClient browser, string url)
    {
        var page = await browser.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        return page.Document.Body?.TextContent ?? "";
    }

    private static async Task<string> OverlapOnNewAsync(ZoneScene s)
    {
        var page = await s.Browser.SubmitAsync($"/groups/{s.Group}/meetings/new", new Dictionary<string, string>
        {
            ["Input.Title"] = "Otra reunión",
            ["Input.Date"] = "2027-01-12",
            ["Input.StartTime"] = "10:00",
            ["Input.EndTime"] = "12:00",
            ["Input.Repeat"] = "once",
        });
        return page.Document.QuerySelector("main [role=alert]")?.TextContent ?? "";
    }

    private static async Task<string> EditLaterMeetingAsync(ZoneScene s)
    {
        // The scene's meeting has an open agenda item: the next meeting's edit page offers it, saying when it was.
        var later = Guid.NewGuid();
        var details = new MeetingDetails("Mesa de febrero", new NodaTime.LocalDateTime(2027, 2, 9, 9, 0), new NodaTime.LocalDateTime(2027, 2, 9, 11, 0), "Segovia", null);
        await s.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IMeetingGrain>(later).ScheduleAsync(new ScheduleMeeting(s.Group, details, s.Viewer.Id));
        return await MainAsync(s.Browser, $"/groups/{s.Group}/meetings/{later}/edit");
    }

    private static async Task<string> CalendarLinkAsync(ZoneScene s)
    {
        await s.Browser.SubmitAsync("/account/calendar", "main form[method=post]", new Dictionary<string, string>());
        return await MainAsync(s.Browser, "/account/calendar");
    }

    private static async Task<Guid> ActionItemAsync(ZoneScene s)
    {
        var id = Guid.NewGuid();
        var grain = s.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IActionItemGrain>(id);
        var details = new ActionItemDetails("Enviar el plan", null, s.Viewer.Id, null, new NodaTime.LocalDate(2027, 2, 1), ActionItemPriority.Normal);
        await grain.CreateAsync(new CreateActionItem(s.Group, details, null, s.Viewer.Id));
        await grain.AddProgressAsync(new AddActionItemProgress("Borrador listo", null, null, s.Viewer.Id));
        return id;
    }

    private static async Task<Guid> CommitmentAsync(ZoneScene s)
    {
        var id = Guid.NewGuid();
        var grain = s.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ICommitmentGrain>(id);
        await grain.CreateAsync(new CreateCommitment(s.Group, s.Organisation, "Capacitar a los guardias", CommitmentStandard.VoluntaryPrinciples, s.Viewer.Id));
        await grain.AddMilestoneAsync(new AddMilestone("Primer taller", new NodaTime.LocalDate(2027, 2, 1), s.Viewer.Id));
        return id;
    }

    /// <summary>
    /// An anonymous report sent at <see cref="ZoneScene.Recorded"/> (4 January in the group's Bogotá) and read back with its
    /// code: the reporter has no zone, so every day shown is the group's day, the same for every reader.
    /// </summary>
    private static async Task<string> ReporterFollowUpAsync(ZoneScene s)
    {
        await s.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<Platform.Grains.Incidents.IIncidentSettingsGrain>(s.Group)
            .ChangeAsync(new Platform.Grains.Incidents.ChangeIncidentSettings(true, 730, 30, s.Viewer.Id, 0));
        using var reporter = s.Factory.Browser();
        var sent = await reporter.SendAsync(await reporter.OpenFormAsync($"/report/{s.Group}", "report"),
            new Dictionary<string, string> { ["kind"] = "grievance_water", ["narrative"] = "El río baja turbio desde la mina" });
        var code = sent.Document.QuerySelector(".receipt-code")?.TextContent ?? throw new InvalidOperationException("No receipt code: " + sent.MainText);
        var opened = await reporter.SendAsync(await reporter.OpenFormAsync("/report/follow-up", "follow-up"),
            new Dictionary<string, string> { ["code"] = code, ["action"] = "open" });
        return opened.MainText;
    }

    /// <summary>An incident the facilitator records at <see cref="ZoneScene.Recorded"/>: 4 January in the group's Bogotá.</summary>
    private static async Task<Guid> IncidentAsync(ZoneScene s)
    {
        var id = Guid.NewGuid();
        await s.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<Platform.Grains.Incidents.IIncidentGrain>(id).ReportAsync(new Platform.Grains.Incidents.ReportIncident(
            s.Group, Platform.Grains.Incidents.IncidentChannel.Member, s.Viewer.Id, Platform.Grains.Incidents.IncidentKind.GrievanceWater,
            "El río baja turbio desde la mina", null, null, null, [], Platform.Grains.Incidents.AffectedCounts.None));
        return id;
    }

    /// <summary>The incident page of an incident on the agenda of a meeting on 19 January (a calendar day: the same on every clock).</summary>
    private static async Task<string> IncidentOnAgendaAsync(ZoneScene s)
    {
        var incident = await IncidentAsync(s);
        var meeting = s.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IMeetingGrain>(Guid.NewGuid());
        await meeting.ScheduleAsync(new ScheduleMeeting(s.Group, new MeetingDetails("Mesa extraordinaria", new NodaTime.LocalDateTime(2027, 1, 19, 9, 0), new NodaTime.LocalDateTime(2027, 1, 19, 11, 0), "Segovia", null), s.Viewer.Id));
        await meeting.SetAgendaAsync(new SetAgenda([new AgendaLine(null, "El río", null, null, null, incident)], s.Viewer.Id));
        return await MainAsync(s.Browser, $"/groups/{s.Group}/incidents/{incident}");
    }

    private static async Task<string> OutboxAsync(ZoneScene s)
    {
        // A mail the server refused once, queued at the scene's instant.
        await Platform.Host.Tests.MeetingRecords.RecordTestData.ExecuteAsync(s.Factory, """
            INSERT INTO mail_outbox (id, to_address, subject, body, created_at, attempts, next_attempt_at, last_error)
            VALUES ('b7c6a5e4-0000-4000-8000-000000000001', 'beto@example.org', 'Reunión', 'Hola', @at, 1, @at, '451 try later')
            """, new { at = Platform.Grains.Storage.StoredTime.Write(ZoneScene.Recorded) });
        using var admin = await s.PersonAsync("admin@example.org", "administrator");
        return await MainAsync(admin, "/admin/mail");
    }

    /// <summary>The scene's viewer signed in at <see cref="ZoneScene.Recorded"/>; an administrator in the same zone reads the page.</summary>
    private static async Task<string> AdministratorAsync(ZoneScene s, string url)
    {
        using var admin = await s.PersonAsync("admin@example.org", "administrator");
        return await MainAsync(admin, url);
    }

    private static async Task<string> DonorAsync(ZoneScene s, string url)
    {
        using var donor = await s.PersonAsync("donor@example.org", "donor");
        var id = (await s.Factory.FindUserAsync("donor@example.org"))!;
        await GroupSeats.PortfolioAsync(s.Factory, id, s.Group);
        return await MainAsync(donor, url);
    }
}
