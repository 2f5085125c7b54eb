namespace Platform.Host.Tests.Meetings;

/// <summary>Issue 15: cancelling asks first, on a page that says who will be told; a post that skips it cancels nothing.</summary>
public sealed class CancelConfirmationTests
{
    [Fact]
    public async Task Cancel_FromEditPage_ConfirmationNamesWhoIsToldAndOnlyYesCancels()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var meeting = await ScheduleAsync(factory, group);
        using var ana = await factory.SignedInAsync("ana@example.org");

        var edit = await ana.GetAsync($"/groups/{group.GroupId}/meetings/{meeting}/edit");
        var cancelForm = edit.Document.QuerySelector("section[aria-labelledby=cancel-title] form")!;
        var confirmation = await ana.GetAsync(cancelForm.GetAttribute("action")!);
        var told = confirmation.Document.QuerySelectorAll("ul.told li").Select(li => li.TextContent).ToList();
        var stillScheduled = await StatusAsync(factory, meeting);
        var done = await ana.SubmitAsync(cancelForm.GetAttribute("action")!, new Dictionary<string, string>());

        // The first step is a plain link (GET), not the primary action.
        Assert.Equal("get", cancelForm.GetAttribute("method"));
        Assert.Contains("secondary", cancelForm.QuerySelector("button")!.ClassList);
        Assert.Contains("Cancel “Mesa de seguimiento”?", confirmation.MainText, StringComparison.Ordinal);
        Assert.Equal(2, told.Count);
        Assert.Contains(told, t => t.StartsWith("beto", StringComparison.Ordinal));
        Assert.NotNull(confirmation.Document.QuerySelector($"main a[href='/groups/{group.GroupId}/meetings/{meeting}/edit']"));
        Assert.Equal(MeetingStatus.Scheduled, stillScheduled);
        Assert.Equal(HttpStatusCode.Found, done.Status);
        Assert.Equal(MeetingStatus.Cancelled, await StatusAsync(factory, meeting));
    }

    [Fact]
    public async Task Cancel_PostWithoutConfirmation_IsRefusedWithAMessageAndCancelsNothing()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var meeting = await ScheduleAsync(factory, group);
        using var ana = await factory.SignedInAsync("ana@example.org");
        var form = await ana.OpenFormAsync($"/groups/{group.GroupId}/meetings/{meeting}/cancel", "cancel-meeting");
        var unconfirmed = form.Values.Where(v => v.Key != "Cancel.Confirmed").ToDictionary();

        var refused = await ana.PostAsync(form.Action, unconfirmed);
        var oldForm = await ana.PostAsync($"/groups/{group.GroupId}/meetings/{meeting}/edit", new Dictionary<string, string>(unconfirmed) { ["_handler"] = "cancel-meeting" });

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Nothing was cancelled", refused.Document.QuerySelector("main [role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Found, oldForm.Status);
        Assert.Equal(MeetingStatus.Scheduled, await StatusAsync(factory, meeting));
        Assert.Equal(0, await MeetingGroup.CountAsync(factory, "SELECT COUNT(*) FROM journal_entry WHERE action = 'cancelled'"));
    }

    [Fact]
    public async Task Cancel_ThisAndFollowingConfirmed_CancelsTheRestOfTheSeriesOnly()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var first = LocalDate.FromDateTime(DateTime.UtcNow).PlusDays(30);
        var pattern = new SeriesPattern(RecurrenceRule.Weekly, first.DayOfWeek, null, first, first.PlusWeeks(3));
        var ids = await Grains(factory).GetGrain<IMeetingSeriesGrain>(Guid.NewGuid())
            .CreateAsync(new CreateSeries(group.GroupId, pattern, new SeriesChanges("Mesa", new LocalTime(9, 0), 60, null, null), group.Facilitator.Id, pattern.FirstOccurrence()));
        using var ana = await factory.SignedInAsync("ana@example.org");

        var confirmation = await ana.GetAsync($"/groups/{group.GroupId}/meetings/{ids[2]}/cancel?scope=following");
        await ana.SubmitAsync($"/groups/{group.GroupId}/meetings/{ids[2]}/cancel?scope=following", new Dictionary<string, string>());

        Assert.Contains("every later meeting of its series", confirmation.MainText, StringComparison.Ordinal);
        var statuses = await Task.WhenAll(ids.Select(id => StatusAsync(factory, id)));
        Assert.Equal([MeetingStatus.Scheduled, MeetingStatus.Scheduled, MeetingStatus.Cancelled, MeetingStatus.Cancelled], statuses);
    }

    private static Task<Guid> ScheduleAsync(PlatformFactory factory, MeetingGroup group) =>
        group.ScheduleAsync(factory, MeetingGroup.DaysFromToday(factory, 20), "Mesa de seguimiento", place: null, invite: true);

    private static async Task<MeetingStatus> StatusAsync(PlatformFactory factory, Guid meeting) =>
        (await Grains(factory).GetGrain<IMeetingGrain>(meeting).GetAsync())!.Status;

    private static IGrainFactory Grains(PlatformFactory factory) => factory.Services.GetRequiredService<IGrainFactory>();
}
