using Platform.Web.Reminders;
using Platform.Messages.Reminders;

namespace Platform.Host.Tests.Incidents;

/// <summary>Case handlers hear of a public report in the next day's batch, never at the moment it was made.</summary>
public sealed class PublicReportNoticeTests
{
    [Fact]
    public async Task Scan_OnTheDayOfAPublicReport_TellsNobodyThenTellsHandlersOnceTheNextDay()
    {
        using var factory = new PlatformFactory();
        // A day after today (the fake clock starts at the real time and never goes back), at 10:00 in Bogotá.
        var day = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(2), TimeSpan.Zero);
        factory.Time.SetUtcNow(day.AddHours(15));
        var scene = await IntakeScene.OpenAsync(factory);
        using var reporter = factory.Browser();
        await scene.ReportAsync(reporter, IntakeScene.Report("El agua del pozo salió con lodo"));
        var scanner = factory.Services.GetRequiredService<PublicReportScanner>();
        const string Count = "SELECT COUNT(*) FROM notification WHERE user_id = @user AND kind = 'incident_received'";

        factory.Time.SetUtcNow(day.AddHours(28)); // 23:00 the same day in Bogotá
        await scanner.RunAsync(factory.Time.GetUtcNow());
        var sameDay = await scene.Seed.ScalarAsync<long>(Count, new { user = scene.FacilitatorId });
        factory.Time.SetUtcNow(day.AddHours(30)); // 01:00 the next day
        await scanner.RunAsync(factory.Time.GetUtcNow());
        await scanner.RunAsync(factory.Time.GetUtcNow());

        Assert.Equal(0L, sameDay);
        Assert.Equal(1L, await scene.Seed.ScalarAsync<long>(Count, new { user = scene.FacilitatorId }));
        var message = await scene.Seed.ScalarAsync<string>("SELECT arguments FROM notification WHERE kind = 'incident_received'");
        Assert.DoesNotContain("lodo", message, StringComparison.Ordinal);
    }
}
