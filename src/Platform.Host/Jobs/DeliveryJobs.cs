using Platform.Grains.Mail;
using Platform.Web.Notifications;
using Quartz;

namespace Platform.Host.Jobs;

/// <summary>
/// The delivery jobs' schedule, thin on purpose: the database says what is due, the services decide. Each runs once
/// at start (catch-up after downtime) and then on its interval; a run never overlaps the previous one on the same host.
/// </summary>
public static class DeliveryJobs
{
    public static readonly TimeSpan MailInterval = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan DigestInterval = TimeSpan.FromMinutes(15);

    public static readonly JobKey MailKey = new("mail-delivery", "delivery");

    public static readonly JobKey DigestKey = new("digest", "delivery");
}

/// <summary>Expands pending mail requests and sends due outbox rows (<see cref="MailDispatch"/>); kicked by <see cref="MailKick"/>.</summary>
[DisallowConcurrentExecution]
public sealed class MailDeliveryJob(MailDispatch dispatch, TimeProvider time) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await dispatch.RunAsync(time.GetUtcNow(), cancellationToken);
}

/// <summary>Sends the weekly digests that have fallen due (<see cref="DigestScan"/>).</summary>
[DisallowConcurrentExecution]
public sealed class DigestJob(DigestScan scan, TimeProvider time) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await scan.RunAsync(time.GetUtcNow(), cancellationToken);
}
