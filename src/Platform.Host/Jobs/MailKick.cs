using Hangfire.States;
using Platform.Grains.Mail;

namespace Platform.Host.Jobs;

/// <summary>
/// Enqueues a mail delivery run as soon as a commit queues mail (<see cref="MailSignal"/>) instead of waiting for its next
/// interval. Kicks coalesce: while the run this host enqueued last has not started, it will read the new mail anyway, so
/// no other is enqueued. Runs that overlap share the work (each outbox row is claimed by one); the interval still covers everything.
/// </summary>
internal sealed partial class MailKick(MailSignal signal, IBackgroundJobClient jobs, JobStorage storage, ILogger<MailKick> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string? waiting = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            await signal.WaitAsync(stoppingToken);
            try
            {
                if (waiting is null || !StillEnqueued(waiting))
                {
                    waiting = jobs.Enqueue<MailDeliveryJob>(job => job.RunAsync(CancellationToken.None));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Storage unreachable or shutting down: the mail waits for the next run, here or on another host.
                LogKickRefused(logger, e.GetType().Name);
            }
        }
    }

    private bool StillEnqueued(string jobId)
    {
        using var connection = storage.GetConnection();
        return connection.GetStateData(jobId)?.Name == EnqueuedState.StateName;
    }

    [LoggerMessage(LogLevel.Warning, "Mail delivery could not be kicked ({ErrorType}); it runs at its next interval.")]
    private static partial void LogKickRefused(ILogger logger, string errorType);
}
