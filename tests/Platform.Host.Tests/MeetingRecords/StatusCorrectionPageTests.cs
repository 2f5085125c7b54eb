namespace Platform.Host.Tests.MeetingRecords;

/// <summary>Issue 15: attendance and agenda item status are corrected on the correction page, without script.</summary>
public sealed class StatusCorrectionPageTests
{
    [Fact]
    public async Task CorrectStatuses_AttendanceAndAgenda_PublishesTheNextRevisionShowingWhatChanged()
    {
        using var factory = new PlatformFactory();
        var (s, _) = await factory.PublishedStageAsync();
        using var ana = await factory.SignedInAsync(s.Ana);
        var form = await ana.OpenFormAsync($"{s.Record}/correct", "correct-statuses");
        var betoRow = (await factory.RecordGrain(s.Meeting).GetAsync())!.Attendance.Single(a => a.UserId == s.Beto.Id).Id.ToString();
        var beto = form.Values.Single(v => v.Key.EndsWith(".Id", StringComparison.Ordinal) && v.Value == betoRow).Key.Replace(".Id", ".Status", StringComparison.Ordinal);

        var posted = await ana.SendAsync(form, new Dictionary<string, string>
        {
            [beto] = "apologies",
            ["Statuses.Agenda[1].Status"] = "not_reached",
            ["Statuses.Reason"] = "Beto se había excusado",
        });
        var record = (await ana.FollowAsync(posted)).Document;

        Assert.Equal(HttpStatusCode.Found, posted.Status);
        Assert.Equal(1, await factory.CountAsync("SELECT COUNT(*) FROM attendance WHERE status = 'apologies' AND user_id = @beto", new { beto = s.Beto.Id }));
        Assert.Equal(1, await factory.CountAsync("SELECT COUNT(*) FROM agenda_item_progress WHERE status = 'not_reached' AND agenda_item_id = @item", new { item = s.SecondItem.ToString("D") }));
        Assert.Equal(2, await factory.CountAsync("SELECT COUNT(*) FROM record_revision"));
        var changes = record.QuerySelector("section.record-changes")!;
        Assert.Contains(changes.QuerySelectorAll("ins"), i => i.TextContent.Contains("Apologies", StringComparison.Ordinal));
        Assert.Contains(changes.QuerySelectorAll("ins"), i => i.TextContent.Contains("Not reached", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CorrectStatuses_WithoutReason_KeepsWhatWasChosenAndPublishesNothing()
    {
        using var factory = new PlatformFactory();
        var (s, _) = await factory.PublishedStageAsync();
        using var ana = await factory.SignedInAsync(s.Ana);
        var form = await ana.OpenFormAsync($"{s.Record}/correct", "correct-statuses");

        var page = (await ana.SendAsync(form, new Dictionary<string, string> { ["Statuses.Agenda[0].Status"] = "not_reached", ["Statuses.Reason"] = " " })).Document;

        Assert.Equal("true", page.QuerySelector("#statuses-reason")?.GetAttribute("aria-invalid"));
        Assert.Equal("not_reached", page.QuerySelector("#correct-item-0 option[selected]")?.GetAttribute("value"));
        Assert.Equal(1, await factory.CountAsync("SELECT COUNT(*) FROM record_revision"));
    }

    [Fact]
    public async Task CorrectStatuses_AsMember_IsDenied()
    {
        using var factory = new PlatformFactory();
        var (s, _) = await factory.PublishedStageAsync();
        using var beto = await factory.SignedInAsync(s.Beto);

        var post = await beto.PostAsync($"{s.Record}/correct", new Dictionary<string, string> { ["_handler"] = "correct-statuses", ["Statuses.Reason"] = "x" });

        PageAssert.Denied(post);
        Assert.Equal(1, await factory.CountAsync("SELECT COUNT(*) FROM record_revision"));
    }
}
