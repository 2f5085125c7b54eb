using Platform.Grains.Reminders;
using Platform.Host.Jobs;
using Platform.Web.Reminders;
using Quartz;

namespace Platform.Host.Extensions;

internal static class JobExtensions
{
    /// <summary>
    /// The reminder scans, mail delivery and digest on their Quartz schedule: the only AddQuartz in the host. RAM job store, because the
    /// database, not Quartz, says what is due: each trigger starts at once (catch-up after downtime) and then repeats;
    /// a run missed while the process was paused is skipped, not replayed (the next run covers it). <c>Jobs:Enabled=false</c>
    /// keeps the services but schedules nothing.
    /// </summary>
    public static WebApplicationBuilder AddPlatformJobs(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<ReminderRuleStore>();
        services.AddSingleton<MeetingReminderScan>();
        services.AddSingleton<ActionReminderScan>();
        services.AddSingleton<RecordFollowUpScan>();
        services.AddSingleton<EscalationScan>();
        services.AddSingleton<ReminderMessages>();
        services.AddSingleton<ReminderScanner>();
        services.AddSingleton<EscalationScanner>();

        var options = builder.Configuration.GetSection(JobOptions.Section).Get<JobOptions>() ?? new JobOptions();
        if (!options.Enabled)
        {
            return builder;
        }

        services.AddQuartz(q =>
        {
            q.UseInMemoryStore();
            Every<ReminderScanJob>(q, ReminderScanJob.Key, options.ReminderInterval);
            Every<EscalationScanJob>(q, EscalationScanJob.Key, options.EscalationInterval);
            Every<MailDeliveryJob>(q, DeliveryJobs.MailKey, DeliveryJobs.MailInterval);
            Every<DigestJob>(q, DeliveryJobs.DigestKey, DeliveryJobs.DigestInterval);
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<MailKick>();
        return builder;
    }

    /// <summary>The trigger that runs <paramref name="job"/>.</summary>
    public static TriggerKey TriggerOf(JobKey job) => new(job.Name + "-trigger", job.Group);

    private static void Every<TJob>(IQuartzBuilder q, JobKey key, TimeSpan interval)
        where TJob : IJob
    {
        q.AddJob<TJob>(job => job.WithIdentity(key));
        q.AddTrigger(trigger => trigger
            .ForJob(key)
            .WithIdentity(TriggerOf(key))
            .StartNow()
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
    }
}
