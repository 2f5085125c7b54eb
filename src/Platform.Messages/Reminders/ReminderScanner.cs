using Platform.Grains.Reminders;

namespace Platform.Messages.Reminders;

/// <summary>
/// The minute scan: meeting reminders, action items due soon and overdue, record follow-ups. Everything due up to
/// <c>now</c> and not yet notified goes to the notifier in batches; dedupe keys make a repeated run send nothing twice.
/// </summary>
public sealed class ReminderScanner(
    MeetingReminderScan meetings, ActionReminderScan actions, RecordFollowUpScan records, ReminderMessages messages, INotifier notifier) : IScanner
{
    /// <summary>Runs every reminder scan once; returns how many reminders were due and how many were new.</summary>
    public async Task<ScanResult> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var requests = new List<NotificationRequest>();
        requests.AddRange((await meetings.DueAsync(now, cancellationToken)).Select(messages.Meeting));
        requests.AddRange((await actions.DueSoonAsync(now, cancellationToken)).Select(ReminderMessages.Item));
        requests.AddRange((await actions.OverdueAsync(now, cancellationToken)).Select(ReminderMessages.Item));
        requests.AddRange((await records.DueAsync(now, cancellationToken)).Select(ReminderMessages.RecordFollowUp));
        return await ScanResult.NotifyAsync(notifier, requests, cancellationToken);
    }
}

/// <summary>What one scan found due, and how many notifications were new (the rest were already sent).</summary>
public sealed record ScanResult(int Due, int Created)
{
    /// <summary>Sends the requests in batches; all of them were due, those the dedupe keys let through are new.</summary>
    public static async Task<ScanResult> NotifyAsync(INotifier notifier, IReadOnlyList<NotificationRequest> requests, CancellationToken cancellationToken) =>
        new(requests.Count, await notifier.NotifyInBatchesAsync(requests, cancellationToken: cancellationToken));
}
