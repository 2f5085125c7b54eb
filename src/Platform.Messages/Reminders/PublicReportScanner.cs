using Platform.Grains.Incidents;

namespace Platform.Messages.Reminders;

/// <summary>
/// "Incident N: a new report from the public form needs assessment", to the group's case handlers, the day after it
/// arrived (never at its moment); nothing more: no narrative, no people.
/// </summary>
public sealed class PublicReportScanner(PublicReportScan scan, INotifier notifier)
{
    public const string MessageKey = "Incident.Received";

    public async Task<ScanResult> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var requests = (await scan.DueAsync(now, cancellationToken)).Select(Request).ToList();
        return new ScanResult(requests.Count, await notifier.NotifyInBatchesAsync(requests, cancellationToken: cancellationToken));
    }

    public static NotificationRequest Request(DuePublicReport due)
    {
        ArgumentNullException.ThrowIfNull(due);
        string[] args = [due.Number.ToString(CultureInfo.InvariantCulture)];
        return new(due.To.UserId, due.GroupId, NotificationKind.IncidentReceived, MessageKey, args, $"/groups/{due.GroupId:D}/incidents/{due.IncidentId:D}", due.DedupeKey);
    }
}
