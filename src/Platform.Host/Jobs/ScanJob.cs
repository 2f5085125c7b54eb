using Platform.Web.Reminders;
using Quartz;

namespace Platform.Host.Jobs;

/// <summary>What every scan job shares: it asks the clock for now, runs one plain service method and logs counts only.</summary>
internal abstract partial class ScanJob(TimeProvider time, ILogger logger) : IJob
{
    protected abstract string Name { get; }

    protected abstract Task<ScanResult> RunAsync(DateTimeOffset now, CancellationToken cancellationToken);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            var result = await RunAsync(time.GetUtcNow(), cancellationToken);
            if (result.Due > 0)
            {
                LogScanned(logger, Name, result.Due, result.Created);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Only the type: a message could quote data. The next run retries; dedupe keys keep it exact.
            LogFailed(logger, Name, e.GetType().Name);
        }
    }

    [LoggerMessage(LogLevel.Information, "{Job}: {Due} due, {Created} new notifications.")]
    private static partial void LogScanned(ILogger logger, string job, int due, int created);

    [LoggerMessage(LogLevel.Error, "{Job} failed ({ErrorType}); the next run retries.")]
    private static partial void LogFailed(ILogger logger, string job, string errorType);
}
