namespace Platform.Host.Jobs;

/// <summary>
/// What every recurring job shares: it asks the clock for now and runs one plain service method. Hangfire runs
/// <see cref="RunAsync(CancellationToken)"/>. A failure is not retried by Hangfire and is logged by its type only (a
/// message could quote data): the next run retries, and the database says what is still due. Runs of a job may overlap
/// unless it is an <see cref="ExclusiveJob"/>: mail delivery needs no lock, because each outbox row is claimed by one run.
/// </summary>
internal abstract partial class TimedJob(TimeProvider time, ILogger logger)
{
    protected abstract string Name { get; }

    protected ILogger Logger => logger;

    protected abstract Task RunAtAsync(DateTimeOffset now, CancellationToken cancellationToken);

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RunAtAsync(time.GetUtcNow(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, Name, e.GetType().Name);
        }
    }

    [LoggerMessage(LogLevel.Error, "{Job} failed ({ErrorType}); the next run retries.")]
    private static partial void LogFailed(ILogger logger, string job, string errorType);
}

/// <summary>
/// A job of which one run at a time goes in the whole cluster: a lock in Hangfire's storage, waited for up to a minute. The
/// lock of a host killed mid-run is taken over once it is older than <c>DistributedLockTimeout</c> (JobStorageFactory).
/// The scans would be safe without it (the database says what is due, and a notification's key is unique); it keeps two
/// hosts from doing the same work at once.
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 60)]
internal abstract class ExclusiveJob(TimeProvider time, ILogger logger) : TimedJob(time, logger);

/// <summary>
/// A scan that creates notifications; it logs its counts only, never what it found. Each scan keeps its own sealed job
/// class: Hangfire stores the job by its type's name, and the schedule and dashboard name it.
/// </summary>
internal abstract partial class ScanJob(IScanner scanner, TimeProvider time, ILogger logger) : ExclusiveJob(time, logger)
{
    protected sealed override async Task RunAtAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = await scanner.RunAsync(now, cancellationToken);
        if (result.Due > 0)
        {
            LogScanned(Logger, Name, result.Due, result.Created);
        }
    }

    [LoggerMessage(LogLevel.Information, "{Job}: {Due} due, {Created} new notifications.")]
    private static partial void LogScanned(ILogger logger, string job, int due, int created);
}
