using Platform.Grains.Reminders;

namespace Platform.Messages.Reminders;

/// <summary>
/// The escalation scan: tells every facilitator of the group, then records the escalation (which shows on the board).
/// The notifier cannot share a transaction with the escalation row, so the order matters: notified first, recorded
/// second. A crash in between leaves the item unrecorded; the next run finds it again, the notifier's dedupe keys turn
/// the repeated notifications into nothing, and the row is written then.
/// </summary>
public sealed class EscalationScanner(EscalationScan scan, INotifier notifier) : IScanner
{
    public async Task<ScanResult> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var due = await scan.DueAsync(now, cancellationToken);
        var requests = due.SelectMany(ReminderMessages.Escalation).ToList();
        var created = await notifier.NotifyInBatchesAsync(requests, cancellationToken: cancellationToken);
        await scan.RecordAsync(due, now, cancellationToken);
        return new ScanResult(due.Count, created);
    }
}
