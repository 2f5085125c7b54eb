using Platform.Grains.Notifications;
using Quartz;

namespace Platform.Host.Jobs;

/// <summary>
/// What every scan job shares: it asks the clock for now, runs one plain service method and logs counts only.
/// Without an <see cref="INotifier"/> (before the delivery slice is wired) a scan does nothing and says so.
/// </summary>
internal abstract partial class ScanJob(IServiceProvider services, TimeProvider time, ILogger logger) : IJob
{
    protected abstract string Name { get; }

    protected abstract Task<(int Due, int Created)> RunAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (services.GetService<INotifier>() is null)
        {
            LogNoNotifier(logger, Name);
            return;
        }

        try
        {
            var (due, created) = await RunAsync(services, time.GetUtcNow(), cancellationToken);
            if (due > 0)
            {
                LogScanned(logger, Name, due, created);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Only the type: a message could quote data. The next run retries; dedupe keys keep it exact.
            LogFailed(logger, Name, e.GetType().Name);
        }
    }

    [LoggerMessage(LogLevel.Warning, "{Job}: no notifier is registered, nothing was sent.")]
    private static partial void LogNoNotifier(ILogger logger, string job);

    [LoggerMessage(LogLevel.Information, "{Job}: {Due} due, {Created} new notifications.")]
    private static partial void LogScanned(ILogger logger, string job, int due, int created);

    [LoggerMessage(LogLevel.Error, "{Job} failed ({ErrorType}); the next run retries.")]
    private static partial void LogFailed(ILogger logger, string job, string errorType);
}
