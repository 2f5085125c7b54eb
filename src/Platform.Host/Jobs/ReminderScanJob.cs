using Platform.Web.Reminders;
using Quartz;

namespace Platform.Host.Jobs;

/// <summary>Meeting reminders, action items due soon and overdue, record follow-ups: every minute, and once at start.</summary>
[DisallowConcurrentExecution]
internal sealed class ReminderScanJob(ReminderScanner scanner, TimeProvider time, ILogger<ReminderScanJob> logger) : ScanJob(time, logger)
{
    public static readonly JobKey Key = new("reminder-scan", "reminders");

    protected override string Name => "Reminder scan";

    protected override Task<ScanResult> RunAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        scanner.RunAsync(now, cancellationToken);
}
