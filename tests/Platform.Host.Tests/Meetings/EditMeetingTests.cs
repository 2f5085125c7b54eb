namespace Platform.Host.Tests.Meetings;

public sealed class EditMeetingTests
{
    [Fact]
    public async Task Edit_ThisAndFollowing_ChangesLaterOccurrencesOnly()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var pattern = new SeriesPattern(RecurrenceRule.MonthlyNthWeekday, IsoDayOfWeek.Tuesday, 2, new LocalDate(2027, 1, 1), new LocalDate(2027, 6, 30));
        var ids = await Grains(factory).GetGrain<IMeetingSeriesGrain>(Guid.NewGuid())
            .CreateAsync(new CreateSeries(group.GroupId, pattern, new SeriesChanges("Mesa", new LocalTime(9, 0), 120, null, null), group.Facilitator.Id, pattern.FirstOccurrence()));
        using var facilitator = await factory.SignedInAsync("ana@example.org");

        var page = await facilitator.SubmitAsync($"/groups/{group.GroupId}/meetings/{ids[2]}/edit", "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Title"] = "Mesa de la tarde",
            ["Input.Date"] = "2027-03-09",
            ["Input.StartTime"] = "14:00",
            ["Input.EndTime"] = "16:00",
            ["Input.Scope"] = "following",
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector("main [role=status]"));
        var titles = await Task.WhenAll(ids.Select(async id => (await Grains(factory).GetGrain<IMeetingGrain>(id).GetAsync())!.Details));
        Assert.Equal(["Mesa", "Mesa", "Mesa de la tarde", "Mesa de la tarde", "Mesa de la tarde", "Mesa de la tarde"], titles.Select(d => d.Title));
        Assert.Equal(new LocalTime(9, 0), titles[1].Starts.TimeOfDay);
        Assert.Equal(new LocalTime(14, 0), titles[5].Starts.TimeOfDay);
    }

    [Fact]
    public async Task Agenda_CarryBacklogItem_AddsItWithItsTrailAndStopsOfferingIt()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var earlier = await ScheduleAsync(factory, group, new LocalDate(2027, 1, 12));
        var next = await ScheduleAsync(factory, group, new LocalDate(2027, 2, 9));
        var agenda = await Grains(factory).GetGrain<IMeetingGrain>(earlier)
            .SetAgendaAsync(new SetAgenda([new AgendaLine(null, "Informe de incidentes", group.Member.Id, 30, null)], group.Facilitator.Id));
        var item = agenda.Agenda[0].Id;
        await using (var connection = await factory.Services.GetRequiredService<Database>().OpenAsync())
        {
            await connection.ExecuteAsync(
                "INSERT INTO agenda_item_progress (agenda_item_id, meeting_id, status) VALUES (@id, @meeting, 'not_reached')", new { id = item.ToString(), meeting = earlier.ToString() });
        }

        using var facilitator = await factory.SignedInAsync("ana@example.org");
        var url = $"/groups/{group.GroupId}/meetings/{next}/edit";
        Assert.NotNull((await facilitator.GetAsync(url)).Document.QuerySelector($"#carry-{item}"));

        var page = await facilitator.SubmitAsync(url, "main section[aria-labelledby=agenda-title] form", new Dictionary<string, string>
        {
            ["Agenda.Lines[0].Title"] = "Bienvenida",
            ["Agenda.Carry"] = item.ToString(),
        });

        var stored = (await Grains(factory).GetGrain<IMeetingGrain>(next).GetAsync())!.Agenda;
        Assert.Equal(["Bienvenida", "Informe de incidentes"], stored.Select(a => a.Title));
        Assert.Equal((item, group.Organisation), (stored[1].CarriedFromId!.Value, stored[1].PresenterOrganisationId!.Value));
        Assert.Null(page.Document.QuerySelector($"#carry-{item}"));
    }

    [Fact]
    public async Task Cancel_SingleMeeting_CalendarShowsItCancelledAndAnswersClose()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var id = await ScheduleAsync(factory, group, new LocalDate(2027, 1, 12));
        using var facilitator = await factory.SignedInAsync("ana@example.org");

        // The edit page's button leads to the confirmation page; its "yes" cancels.
        await facilitator.SubmitAsync($"/groups/{group.GroupId}/meetings/{id}/cancel", new Dictionary<string, string>());
        var calendar = await facilitator.GetAsync($"/groups/{group.GroupId}/meetings?month=2027-01");
        var page = await facilitator.GetAsync($"/groups/{group.GroupId}/meetings/{id}");

        Assert.Equal(MeetingStatus.Cancelled, (await Grains(factory).GetGrain<IMeetingGrain>(id).GetAsync())!.Status);
        Assert.NotNull(calendar.Document.QuerySelector("main .meeting-list li.cancelled .meeting-status"));
        Assert.NotNull(page.Document.QuerySelector("main .meeting-cancelled"));
        Assert.Null(page.Document.QuerySelector("main form #rsvp-attending"));
    }

    private static IGrainFactory Grains(PlatformFactory factory) => factory.Services.GetRequiredService<IGrainFactory>();

    private static Task<Guid> ScheduleAsync(PlatformFactory factory, MeetingGroup group, LocalDate day) => group.ScheduleAsync(factory, day);
}
