using System.Globalization;

namespace Platform.Host.Tests.Meetings;

/// <summary>Issue 15: when a rule moves the first meeting off the date typed, the form says which date it chose before anything is created.</summary>
public sealed class FirstOccurrenceTests
{
    [Fact]
    public async Task Schedule_FirstTuesdayFromAThursday_SaysTheDateChosenAndCreatesNothingUntilConfirmed()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        using var ana = await factory.SignedInAsync("ana@example.org");
        var url = group.NewMeetingPath;
        var typed = MeetingGroup.ScheduleForm("Mesa mensual", "2027-03-04", new()
        {
            ["Input.Place"] = "Alcaldía",
            ["Input.Repeat"] = "monthly_nth_weekday",
            ["Input.WeekOfMonth"] = "1",
            ["Input.Weekday"] = "2",
        });

        var preview = await ana.SubmitAsync(url, typed);
        var nothingYet = await MeetingGroup.CountAsync(factory, "SELECT COUNT(*) FROM meeting") + await MeetingGroup.CountAsync(factory, "SELECT COUNT(*) FROM meeting_series");
        var confirmed = await ana.PostAsync(url, new Dictionary<string, string>(MeetingGroup.HiddenFields(preview)).Concat(typed).ToDictionary());

        var chosen = new DateTime(2027, 4, 6).ToString("D", CultureInfo.GetCultureInfo("en"));
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains($"The first meeting will be on {chosen}", preview.Document.QuerySelector("main form [role=status].first-date-moved")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(chosen, preview.Document.QuerySelector("main form button[type=submit]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Alcaldía", preview.Document.QuerySelector("#place")?.GetAttribute("value"));
        Assert.Equal(0, nothingYet);
        Assert.Equal(HttpStatusCode.Found, confirmed.Status);
        Assert.Equal(1, await MeetingGroup.CountAsync(factory, "SELECT COUNT(*) FROM meeting WHERE starts_local LIKE '2027-04-06%'"));
        Assert.Equal(0, await MeetingGroup.CountAsync(factory, "SELECT COUNT(*) FROM meeting WHERE starts_local < '2027-04-06'"));
    }

    [Fact]
    public async Task Schedule_RuleFallsOnTheDateTyped_CreatesAtOnceWithoutAPreview()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        using var ana = await factory.SignedInAsync("ana@example.org");

        var page = await ana.SubmitAsync(group.NewMeetingPath, MeetingGroup.ScheduleForm("Mesa mensual", "2027-04-06", new()
        {
            ["Input.Repeat"] = "monthly_nth_weekday",
            ["Input.WeekOfMonth"] = "1",
            ["Input.Weekday"] = "2",
        }));

        Assert.Equal(HttpStatusCode.Found, page.Status);
        Assert.Equal(1, await MeetingGroup.CountAsync(factory, "SELECT COUNT(*) FROM meeting_series"));
    }
}
