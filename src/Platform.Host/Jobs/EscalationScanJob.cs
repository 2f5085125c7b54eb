namespace Platform.Host.Jobs;

/// <summary>Overdue and stale action items to the facilitators: every 15 minutes, and once at start.</summary>
internal sealed class EscalationScanJob(EscalationScanner scanner, TimeProvider time, ILogger<EscalationScanJob> logger) : ScanJob(scanner, time, logger)
{
    public const string Id = "escalation-scan";

    protected override string Name => "Escalation scan";
}
