namespace Platform.Host.Jobs;

/// <summary>Unanswered incident referrals to the case handlers: hourly (each group's day decides), and once at start.</summary>
internal sealed class IncidentFollowUpJob(IncidentFollowUpScanner scanner, TimeProvider time, ILogger<IncidentFollowUpJob> logger) : ScanJob(scanner, time, logger)
{
    public const string Id = "incident-follow-up";

    /// <summary>Every hour at :07 (UTC): a group's new day is seen within the hour, wherever it is.</summary>
    public const string Cron = "7 * * * *";

    protected override string Name => "Incident follow-up scan";
}

/// <summary>The retention purge of closed incidents; logs how many, never which.</summary>
internal sealed partial class IncidentPurgeJob(IncidentRetention retention, TimeProvider time, ILogger<IncidentPurgeJob> logger) : ExclusiveJob(time, logger)
{
    public const string Id = "incident-purge";

    /// <summary>Every hour at :23 (UTC): an incident is purged on its retain-until day in its group's zone, not up to a day later.</summary>
    public const string Cron = "23 * * * *";

    protected override string Name => "Incident retention purge";

    protected override async Task RunAtAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var purged = await retention.RunAsync(now, cancellationToken);
        if (purged > 0)
        {
            LogPurged(Logger, purged);
        }
    }

    [LoggerMessage(LogLevel.Information, "Incident retention purge: {Count} incidents purged.")]
    private static partial void LogPurged(ILogger logger, int count);
}
