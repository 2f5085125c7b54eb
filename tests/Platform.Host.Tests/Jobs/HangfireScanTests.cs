using Platform.Grains.Tests.Reminders;

namespace Platform.Host.Tests.Jobs;

/// <summary>With jobs enabled the scans run from Hangfire's recurring jobs, through the host's own services and clock.</summary>
public sealed class HangfireScanTests
{
    private const string CountReminders = "SELECT COUNT(*) FROM notification WHERE message_key = 'Reminder.Meeting'";

    [Fact]
    public async Task ReminderScan_DueReminderWithJobsEnabled_SentOnceThoughHangfireRunsTheScanTwice()
    {
        var probe = new JobProbe();
        using var factory = new PlatformFactory { JobsEnabled = true, TestServices = services => services.AddSingleton(probe) };
        var group = await MeetingGroup.CreateAsync(factory);
        await new ReminderSeed(factory.Services.GetRequiredService<Platform.Grains.Storage.Database>())
            .MeetingAsync(group.GroupId, factory.Time.GetUtcNow().AddHours(2), title: "Sesión de marzo");
        var seed = new Personas(factory);

        await probe.RunAsync(factory, "reminder-scan");
        var afterFirst = await seed.ScalarAsync<long>(CountReminders);
        await probe.RunAsync(factory, "reminder-scan");
        var afterSecond = await seed.ScalarAsync<long>(CountReminders);

        Assert.Equal(2, afterFirst);
        Assert.Equal(2, afterSecond);
    }
}
