using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Extensions;
using Platform.Host.Jobs;
using Quartz;

namespace Platform.Host.Tests.Reminders;

public sealed class JobWiringTests
{
    [Theory]
    [InlineData("reminder-scan", 1)]
    [InlineData("escalation-scan", 15)]
    public async Task Host_JobsEnabled_ScanScheduledAtOnceThenEveryIntervalWithoutOverlap(string job, int minutes)
    {
        using var factory = new PlatformFactory { JobsEnabled = true };
        var key = job == "reminder-scan" ? ReminderScanJob.Key : EscalationScanJob.Key;

        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var detail = await scheduler.GetJobDetail(key);
        var trigger = Assert.IsAssignableFrom<ISimpleTrigger>(await scheduler.GetTrigger(JobExtensions.TriggerOf(key)));

        Assert.NotNull(detail);
        Assert.True(detail.ConcurrentExecutionDisallowed);
        Assert.Equal(TimeSpan.FromMinutes(minutes), trigger.RepeatInterval);
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
