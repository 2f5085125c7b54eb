using System.Linq.Expressions;

namespace Platform.Host.Jobs;

/// <summary>
/// Registers the recurring jobs (cron in UTC; the same ids on every host, so a cluster keeps one schedule) and runs each once
/// at start: the catch-up after downtime. The scans are idempotent, so a second host starting runs nothing twice.
/// </summary>
internal sealed class JobSchedule(IRecurringJobManager recurring, JobOptions options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Every<ReminderScanJob>(ReminderScanJob.Id, options.ReminderCron, job => job.RunAsync(CancellationToken.None));
        Every<InvitationScanJob>(InvitationScanJob.Id, InvitationScanJob.Cron, job => job.RunAsync(CancellationToken.None));
        Every<EscalationScanJob>(EscalationScanJob.Id, options.EscalationCron, job => job.RunAsync(CancellationToken.None));
        Every<MailDeliveryJob>(DeliveryJobs.MailId, DeliveryJobs.MailCron, job => job.RunAsync(CancellationToken.None));
        Every<DigestJob>(DeliveryJobs.DigestId, DeliveryJobs.DigestCron, job => job.RunAsync(CancellationToken.None));
        Every<IncidentFollowUpJob>(IncidentFollowUpJob.Id, IncidentFollowUpJob.Cron, job => job.RunAsync(CancellationToken.None));
        Every<IncidentPurgeJob>(IncidentPurgeJob.Id, IncidentPurgeJob.Cron, job => job.RunAsync(CancellationToken.None));
        Every<PublicReportJob>(PublicReportJob.Id, PublicReportJob.Cron, job => job.RunAsync(CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Every<TJob>(string id, string cron, Expression<Func<TJob, Task>> run)
    {
        recurring.AddOrUpdate(id, run, cron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        ((IRecurringJobManagerV2)recurring).TriggerJob(id);
    }
}
