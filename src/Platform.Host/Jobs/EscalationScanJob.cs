using Platform.Web.Reminders;
using Quartz;

namespace Platform.Host.Jobs;

/// <summary>Overdue and stale action items to the facilitators: every 15 minutes, and once at start.</summary>
[DisallowConcurrentExecution]
internal sealed class EscalationScanJob(EscalationScanner scanner, TimeProvider time, ILogger<EscalationScanJob> logger) : ScanJob(time, logger)
{
    public static readonly JobKey Key = new("escalation-scan", "reminders");

    protected override string Name => "Escalation scan";

    protected override Task<ScanResult> RunAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        scanner.RunAsync(now, cancellationToken);
}
