using Hangfire;
using Platform.Web.Reminders;

namespace Platform.Host.Jobs;

/// <summary>
/// What every scan job shares: it asks the clock for now, runs one plain service method and logs counts only. Hangfire
/// runs <see cref="RunAsync(CancellationToken)"/>; one run at a time per scan in the whole cluster (a lock in Hangfire's
/// storage, waited for up to a minute). A failure is not retried by Hangfire: the next run retries, dedupe keys keep it exact.
/// </summary>
internal abstract partial class ScanJob(TimeProvider time, ILogger logger)
{
    protected abstract string Name { get; }

    protected abstract Task<ScanResult> ScanAsync(DateTimeOffset now, CancellationToken cancellationToken);

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await ScanAsync(time.GetUtcNow(), cancellationToken);
            if (result.Due > 0)
            {
                LogScanned(logger, Name, result.Due, result.Created);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Only the type: a message could quote data.
            LogFailed(logger, Name, e.GetType().Name);
        }
    }

    [LoggerMessage(LogLevel.Information, "{Job}: {Due} due, {Created} new notifications.")]
    private static partial void LogScanned(ILogger logger, string job, int due, int created);

    [LoggerMessage(LogLevel.Error, "{Job} failed ({ErrorType}); the next run retries.")]
    internal static partial void LogFailed(ILogger logger, string job, string errorType);
}
