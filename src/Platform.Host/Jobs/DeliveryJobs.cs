using Platform.Grains.Mail;
using Platform.Web.Notifications;
using Platform.Messages.Notifications;

namespace Platform.Host.Jobs;

/// <summary>
/// The delivery jobs' schedule, thin on purpose: the database says what is due, the services decide. Each runs once
/// at start (catch-up after downtime) and then on its interval.
/// </summary>
public static class DeliveryJobs
{
    public const string MailId = "mail-delivery";

    public const string DigestId = "digest";

    public static readonly TimeSpan MailInterval = TimeSpan.FromSeconds(30);

    /// <summary><see cref="MailInterval"/> as cron with seconds (UTC).</summary>
    public const string MailCron = "*/30 * * * * *";

    /// <summary>Every 15 minutes (UTC).</summary>
    public const string DigestCron = "*/15 * * * *";
}

/// <summary>
/// Expands pending mail requests and sends due outbox rows (<see cref="MailDispatch"/>); also enqueued by
/// <see cref="MailKick"/>. Not exclusive: runs on two hosts share the work row by row, and a host killed mid-run blocks no
/// one (a lock it held would stop every other host's delivery until it expired).
/// </summary>
internal sealed class MailDeliveryJob(MailDispatch dispatch, TimeProvider time, ILogger<MailDeliveryJob> logger) : TimedJob(time, logger)
{
    protected override string Name => "Mail delivery";

    protected override Task RunAtAsync(DateTimeOffset now, CancellationToken cancellationToken) => dispatch.RunAsync(now, cancellationToken);
}

/// <summary>Sends the weekly digests that have fallen due (<see cref="DigestScan"/>).</summary>
internal sealed class DigestJob(DigestScan scan, TimeProvider time, ILogger<DigestJob> logger) : ExclusiveJob(time, logger)
{
    protected override string Name => "Digest";

    protected override Task RunAtAsync(DateTimeOffset now, CancellationToken cancellationToken) => scan.RunAsync(now, cancellationToken);
}
