using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Host.Tests.Reminders;

public sealed class JobWiringTests
{
    [Theory]
    [InlineData("reminder-scan", "* * * * *")]
    [InlineData("escalation-scan", "*/15 * * * *")]
    [InlineData("mail-delivery", "*/30 * * * * *")]
    [InlineData("digest", "*/15 * * * *")]
    public void Host_JobsEnabled_RecurringJobOnItsScheduleInUtcAndRunOnceAtStart(string job, string cron)
    {
        using var factory = new PlatformFactory { JobsEnabled = true };

        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var recurring = Assert.Single(connection.GetRecurringJobs(), r => r.Id == job);

        Assert.Equal(cron, recurring.Cron);
        Assert.Equal("UTC", recurring.TimeZoneId);
        Assert.NotNull(recurring.LastJobId);
    }

    [Fact]
    public void Host_JobsDisabled_NothingScheduledButScansStillAvailable()
    {
        using var factory = new PlatformFactory();

        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        Assert.Empty(connection.GetRecurringJobs());
        Assert.NotNull(factory.Services.GetService<Platform.Grains.Reminders.MeetingReminderScan>());
    }
}
