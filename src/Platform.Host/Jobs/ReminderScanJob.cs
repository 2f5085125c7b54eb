using Platform.Web.Reminders;
using Quartz;

namespace Platform.Host.Jobs;

/// <summary>Meeting reminders, action items due soon and overdue, record follow-ups: every minute, and once at start.</summary>
[DisallowConcurrentExecution]
internal sealed class ReminderScanJob(IServiceProvider services, TimeProvider time, ILogger<ReminderScanJob> logger) : ScanJob(services, time, logger)
{
    public static readonly JobKey Key = new("reminder-scan", "reminders");

    protected override string Name => "Reminder scan";

    protected override async Task<(int Due, int Created)> RunAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<ReminderScanner>().RunAsync(now, cancellationToken);
        return (result.Due, result.Created);
    }
}
