using Platform.Grains.Mail;
using Platform.Web.Notifications;
using Quartz;

namespace Platform.Host.Jobs;

/// <summary>
/// The delivery jobs, thin on purpose: the database says what is due, the services decide. Each runs once at start
/// (catch-up after downtime) and then on its interval; a run never overlaps the previous one on the same host.
/// </summary>
public static class DeliveryJobs
{
    public static readonly TimeSpan MailInterval = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan DigestInterval = TimeSpan.FromMinutes(15);

    /// <summary>Called from AddPlatformJobs inside <c>AddQuartz(q => …)</c> (Quartz 4.7's builder is <see cref="IQuartzBuilder"/>).</summary>
    public static void Register(IQuartzBuilder q)
    {
        ArgumentNullException.ThrowIfNull(q);
        q.ScheduleJob<MailDeliveryJob>(t => t
            .WithIdentity(nameof(MailDeliveryJob))
            .StartNow()
            .WithSimpleSchedule(s => s.WithInterval(MailInterval).RepeatForever()));
        q.ScheduleJob<DigestJob>(t => t
            .WithIdentity(nameof(DigestJob))
            .StartNow()
            .WithSimpleSchedule(s => s.WithInterval(DigestInterval).RepeatForever()));
    }
}

/// <summary>Sends due outbox rows (<see cref="MailDelivery"/>).</summary>
[DisallowConcurrentExecution]
public sealed class MailDeliveryJob(MailDelivery delivery, TimeProvider time) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await delivery.RunAsync(time.GetUtcNow(), cancellationToken);
}

/// <summary>Sends the weekly digests that have fallen due (<see cref="DigestScan"/>).</summary>
[DisallowConcurrentExecution]
public sealed class DigestJob(DigestScan scan, TimeProvider time) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await scan.RunAsync(time.GetUtcNow(), cancellationToken);
}
