namespace Platform.Host.Tests.Meetings;

/// <summary>Issue 15: the scheduling form shows every problem at once in a summary that takes focus; recurrence only when it applies.</summary>
public sealed class ScheduleFormTests
{
    [Fact]
    public async Task Schedule_SeveralProblems_SummaryListsThemAllWithLinksTakesFocusAndKeepsWhatWasTyped()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        using var ana = await factory.SignedInAsync("ana@example.org");
        var url = group.NewMeetingPath;

        var page = await ana.SubmitAsync(url, MeetingGroup.ScheduleForm("", "el martes", new()
        {
            ["Input.Place"] = "Casa de la Cultura",
            ["Input.OnlineLink"] = "ftp://reunion.example.org",
            ["Input.Repeat"] = "monthly_nth_weekday",
            ["Input.WeekOfMonth"] = "9",
            ["Input.Weekday"] = "2",
        }));

        var summary = page.Document.QuerySelector("main form .error-summary");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(summary);
        Assert.Equal("-1", summary.GetAttribute("tabindex"));
        Assert.True(summary.HasAttribute("autofocus"));
        Assert.Equal(
            [$"{url}#title", $"{url}#date", $"{url}#online-link", $"{url}#week-of-month"],
            summary.QuerySelectorAll("li a").Select(a => a.GetAttribute("href")));
        Assert.All(["title", "date", "online-link", "week-of-month"], id => Assert.Equal("true", page.Document.QuerySelector($"#{id}")?.GetAttribute("aria-invalid")));
        Assert.Equal("Casa de la Cultura", page.Document.QuerySelector("#place")?.GetAttribute("value"));
        Assert.Equal("el martes", page.Document.QuerySelector("#date")?.GetAttribute("value"));
        Assert.True(page.Document.QuerySelector("details.recurrence")!.HasAttribute("open"));
        Assert.Equal(0, await MeetingGroup.CountAsync(factory, "SELECT COUNT(*) FROM meeting"));
    }

    [Fact]
    public async Task NewMeetingPage_Recurrence_FoldedAwayUntilChosenAndWeekOfMonthOnlyWhereItApplies()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        using var ana = await factory.SignedInAsync("ana@example.org");
        var url = group.NewMeetingPath;

        var fresh = await ana.GetAsync(url);
        var weekly = await ana.SubmitAsync(url, MeetingGroup.ScheduleForm("", "2027-03-04", new()
        {
            ["Input.Repeat"] = "weekly",
            ["Input.Weekday"] = "4",
        }));

        Assert.False(fresh.Document.QuerySelector("details.recurrence")!.HasAttribute("open"));
        Assert.Null(fresh.Document.QuerySelector(".error-summary"));
        Assert.True(weekly.Document.QuerySelector("details.recurrence")!.HasAttribute("open"));
        Assert.Null(weekly.Document.QuerySelector("#week-of-month"));
        Assert.NotNull(weekly.Document.QuerySelector("#weekday"));
    }
}
