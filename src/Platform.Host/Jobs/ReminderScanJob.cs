namespace Platform.Host.Jobs;

/// <summary>Meeting reminders, action items due soon and overdue, record follow-ups: every minute, and once at start.</summary>
internal sealed class ReminderScanJob(ReminderScanner scanner, TimeProvider time, ILogger<ReminderScanJob> logger) : ScanJob(scanner, time, logger)
{
    public const string Id = "reminder-scan";

    protected override string Name => "Reminder scan";
}
