using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Extensions;
using Platform.Host.Jobs;
using Quartz;

namespace Platform.Host.Tests.Reminders;

public sealed class JobWiringTests
{
    [Theory]
    [InlineData("reminder-scan", 60)]
    [InlineData("escalation-scan", 900)]
    [InlineData("mail-delivery", 30)]
    [InlineData("digest", 900)]
    public async Task Host_JobsEnabled_ScanScheduledAtOnceThenEveryIntervalWithoutOverlap(string job, int seconds)
    {
        using var factory = new PlatformFactory { JobsEnabled = true };
        var key = job switch
        {
            "reminder-scan" => ReminderScanJob.Key,
            "escalation-scan" => EscalationScanJob.Key,
            "mail-delivery" => DeliveryJobs.MailKey,
            _ => DeliveryJobs.DigestKey,
        };

        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var detail = await scheduler.GetJobDetail(key);
        var trigger = Assert.IsAssignableFrom<ISimpleTrigger>(await scheduler.GetTrigger(JobExtensions.TriggerOf(key)));

        Assert.NotNull(detail);
        Assert.True(detail.ConcurrentExecutionDisallowed);
        Assert.Equal(TimeSpan.FromSeconds(seconds), trigger.RepeatInterval);
        Assert.Equal(-1, trigger.RepeatCount);
        Assert.Equal(SimpleTriggerMisfireInstruction.NextWithRemainingCount, trigger.MisfireInstruction);
        Assert.True(trigger.StartTimeUtc <= DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public void Host_JobsDisabled_NoSchedulerButScansStillAvailable()
    {
        using var factory = new PlatformFactory();

        Assert.Null(factory.Services.GetService<ISchedulerFactory>());
        Assert.NotNull(factory.Services.GetService<Platform.Grains.Reminders.MeetingReminderScan>());
    }
}
