using System.Globalization;

namespace Platform.Host.Tests.MeetingRecords;

/// <summary>Issue 15: a meeting that has not started cannot be run or its record published, and the pages say from when.</summary>
public sealed class NotStartedTests
{
    [Fact]
    public async Task RunAndPublish_BeforeTheMeetingStarts_SayFromWhenOnTheViewersClockAndRecordNothing()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        var now = factory.Time.GetUtcNow();
        var starts = new DateTimeOffset(now.Year, now.Month, now.Day, 14, 0, 0, TimeSpan.Zero).AddDays(3);
        await factory.ExecuteAsync(
            "UPDATE meeting SET starts_utc = @starts, ends_utc = @ends WHERE id = @id; UPDATE user_account SET time_zone = 'Europe/Paris' WHERE id = @ana",
            new { starts = StoredTime.Write(starts), ends = StoredTime.Write(starts.AddHours(2)), id = s.Meeting.ToString("D"), ana = s.Ana.Id });
        using var ana = await factory.SignedInAsync(s.Ana);
        var paris = TimeZoneInfo.ConvertTime(starts, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime.ToString("f", CultureInfo.GetCultureInfo("en"));

        var run = await ana.GetAsync(s.Run);
        var publish = await ana.GetAsync($"{s.Record}/publish");
        var token = (await ana.GetAsync($"/groups/{s.Group}/meetings/{s.Meeting}/edit")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var attendance = await ana.PostAsync(s.Run, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "attendance", ["Attendance.Rows[0].UserId"] = s.Beto.Id, ["Attendance.Rows[0].Status"] = "present",
        });
        var published = await ana.PostAsync($"{s.Record}/publish", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "publish", ["Publish.Confirmed"] = "true",
        });

        var note = run.Document.QuerySelector("main [role=note].not-started")?.TextContent ?? "";
        Assert.Contains(paris, note, StringComparison.Ordinal);
        Assert.Contains("Europe/Paris", note, StringComparison.Ordinal);
        Assert.Contains("has not started yet", note, StringComparison.Ordinal);
        Assert.Null(run.Document.QuerySelector("main form[method=post]"));
        Assert.Contains(paris, publish.Document.QuerySelector("main [role=note].not-started")?.TextContent, StringComparison.Ordinal);
        Assert.Null(publish.Document.QuerySelector("main form[method=post]"));
        Assert.NotEqual(System.Net.HttpStatusCode.Found, attendance.Status);
        Assert.NotEqual(System.Net.HttpStatusCode.Found, published.Status);
        Assert.Equal(0, await factory.CountAsync("SELECT COUNT(*) FROM attendance"));
        Assert.Equal(0, await factory.CountAsync("SELECT COUNT(*) FROM record_revision"));
    }

    [Fact]
    public async Task RunPage_OnceTheMeetingHasStarted_OffersTheFormsAgain()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        var starts = factory.Time.GetUtcNow().AddHours(1);
        await factory.ExecuteAsync("UPDATE meeting SET starts_utc = @starts, ends_utc = @ends WHERE id = @id",
            new { starts = StoredTime.Write(starts), ends = StoredTime.Write(starts.AddHours(2)), id = s.Meeting.ToString("D") });
        using var ana = await factory.SignedInAsync(s.Ana);

        var before = await ana.GetAsync(s.Run);
        factory.Time.Advance(TimeSpan.FromHours(1));
        var posted = await ana.SendAsync(await ana.OpenFormAsync(s.Run, "attendance"), new Dictionary<string, string> { ["Attendance.Rows[0].Status"] = "present", ["Attendance.Rows[1].Status"] = "", ["Attendance.Rows[2].Status"] = "" });
        var saved = await ana.FollowAsync(posted);

        Assert.NotNull(before.Document.QuerySelector("main [role=note].not-started"));
        Assert.Null(saved.Document.QuerySelector("main [role=note].not-started"));
        Assert.Equal(1, await factory.CountAsync("SELECT COUNT(*) FROM attendance"));
    }
}
