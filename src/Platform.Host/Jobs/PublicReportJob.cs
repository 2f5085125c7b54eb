namespace Platform.Host.Jobs;

/// <summary>New reports from the public form to the case handlers, once each group's day has turned: hourly, and once at start.</summary>
internal sealed class PublicReportJob(PublicReportScanner scanner, TimeProvider time, ILogger<PublicReportJob> logger) : ScanJob(scanner, time, logger)
{
    public const string Id = "incident-public-reports";

    /// <summary>Every hour at :37 (UTC): a group's new day is seen within the hour, wherever it is.</summary>
    public const string Cron = "37 * * * *";

    protected override string Name => "Public report scan";
}
