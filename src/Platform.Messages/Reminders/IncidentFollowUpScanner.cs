using Platform.Grains.Incidents;

namespace Platform.Messages.Reminders;

/// <summary>
/// Unanswered referrals to the group's case handlers: "Incident N: referral to A has had no answer for D days", nothing
/// more (no narrative, no people). Dedupe keys name the referral and the period, so each period reminds once.
/// </summary>
public sealed class IncidentFollowUpScanner(IncidentFollowUpScan scan, INotifier notifier)
{
    public const string MessageKey = "Incident.FollowUp";

    public async Task<ScanResult> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var requests = (await scan.DueAsync(now, cancellationToken)).Select(Request).ToList();
        return new ScanResult(requests.Count, await notifier.NotifyInBatchesAsync(requests, cancellationToken: cancellationToken));
    }

    public static NotificationRequest Request(DueReferralFollowUp due)
    {
        ArgumentNullException.ThrowIfNull(due);
        string[] args = [due.Number.ToString(CultureInfo.InvariantCulture), due.AuthorityName, due.Days.ToString(CultureInfo.InvariantCulture)];
        return new(due.To.UserId, due.GroupId, NotificationKind.IncidentFollowUp, MessageKey, args, $"/groups/{due.GroupId:D}/incidents/{due.IncidentId:D}", due.DedupeKey);
    }
}
