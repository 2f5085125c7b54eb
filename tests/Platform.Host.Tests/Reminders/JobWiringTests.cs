using Hangfire;
using Hangfire.Storage;

namespace Platform.Host.Tests.Reminders;

public sealed class JobWiringTests
{
    [Theory]
    [InlineData("reminder-scan", "* * * * *")]
    [InlineData("invitation-scan", "* * * * *")]
    [InlineData("escalation-scan", "*/15 * * * *")]
    [InlineData("mail-delivery", "*/30 * * * * *")]
    [InlineData("digest", "*/15 * * * *")]
    [InlineData("incident-follow-up", "7 * * * *")]
    [InlineData("incident-purge", "23 * * * *")]
    public async Task Host_JobsEnabled_RecurringJobOnItsScheduleInUtcAndRunOnceAtStart(string job, string cron)
    {
        using var factory = new PlatformFactory { JobsEnabled = true };
        factory.CreateClient().Dispose();

        // The job server and the schedule start once the host answers, off the start-up path.
        await Task.WhenAll(factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>()
            .OfType<Platform.Host.Jobs.AfterStartup>().Select(s => s.Running)).WaitAsync(TimeSpan.FromSeconds(30));

        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var recurring = Assert.Single(connection.GetRecurringJobs(), r => r.Id == job);

        Assert.Equal(cron, recurring.Cron);
        Assert.Equal("UTC", recurring.TimeZoneId);
        Assert.NotNull(recurring.LastJobId);

        // Hangfire's one-run-at-a-time lock is named after the job's type: each job has its own, sharing no base's.
        Assert.Equal(job, JobIds[recurring.Job.Type]);
    }

    private static readonly Dictionary<Type, string> JobIds = new()
    {
        [typeof(Platform.Host.Jobs.ReminderScanJob)] = "reminder-scan",
        [typeof(Platform.Host.Jobs.InvitationScanJob)] = "invitation-scan",
        [typeof(Platform.Host.Jobs.EscalationScanJob)] = "escalation-scan",
        [typeof(Platform.Host.Jobs.MailDeliveryJob)] = "mail-delivery",
        [typeof(Platform.Host.Jobs.DigestJob)] = "digest",
        [typeof(Platform.Host.Jobs.IncidentFollowUpJob)] = "incident-follow-up",
        [typeof(Platform.Host.Jobs.PublicReportJob)] = "incident-public-reports",
        [typeof(Platform.Host.Jobs.IncidentPurgeJob)] = "incident-purge",
    };

    [Fact]
    public void Host_JobsDisabled_NothingScheduledButScansStillAvailable()
    {
        using var factory = new PlatformFactory();

        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        Assert.Empty(connection.GetRecurringJobs());
        Assert.NotNull(factory.Services.GetService<Platform.Grains.Reminders.MeetingReminderScan>());
        Assert.NotNull(factory.Services.GetService<Platform.Messages.Reminders.IncidentFollowUpScanner>());
        Assert.NotNull(factory.Services.GetService<Platform.Grains.Incidents.IncidentRetention>());
        Assert.NotNull(factory.Services.GetService<Platform.Grains.Incidents.IncidentVault>());
    }
}
