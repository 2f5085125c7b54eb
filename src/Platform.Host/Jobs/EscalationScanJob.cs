using Platform.Web.Reminders;
using Quartz;

namespace Platform.Host.Jobs;

/// <summary>Overdue and stale action items to the facilitators: every 15 minutes, and once at start.</summary>
[DisallowConcurrentExecution]
internal sealed class EscalationScanJob(IServiceProvider services, TimeProvider time, ILogger<EscalationScanJob> logger) : ScanJob(services, time, logger)
{
    public static readonly JobKey Key = new("escalation-scan", "reminders");

    protected override string Name => "Escalation scan";

    protected override async Task<(int Due, int Created)> RunAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<EscalationScanner>().RunAsync(now, cancellationToken);
        return (result.Due, result.Created);
    }
}
