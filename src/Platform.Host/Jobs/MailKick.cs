using Platform.Grains.Mail;
using Quartz;

namespace Platform.Host.Jobs;

/// <summary>
/// Runs the mail delivery job as soon as a commit queues mail (<see cref="MailSignal"/>) instead of at its next interval.
/// The job never overlaps itself, so kicks during a run make one more run after it; the interval still covers everything.
/// </summary>
internal sealed partial class MailKick(MailSignal signal, ISchedulerFactory schedulers, ILogger<MailKick> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var scheduler = await schedulers.GetScheduler(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            await signal.WaitAsync(stoppingToken);
            try
            {
                await scheduler.TriggerJob(DeliveryJobs.MailKey, stoppingToken);
            }
            catch (SchedulerException e)
            {
                // A scheduler shutting down refuses the kick; the mail waits for the next run, here or on another host.
                LogKickRefused(logger, e.GetType().Name);
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Mail delivery could not be kicked ({ErrorType}); it runs at its next interval.")]
    private static partial void LogKickRefused(ILogger logger, string errorType);
}
