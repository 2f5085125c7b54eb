using Platform.Grains.Incidents;

namespace Platform.Messages.Reminders;

/// <summary>
/// Unanswered referrals to the group's case handlers: "Incident N: referral to A has had no answer for D days", nothing
/// more (no narrative, no people). Dedupe keys name the referral and the period, so each period reminds once.
/// </summary>
public sealed class IncidentFollowUpScanner(IncidentFollowUpScan scan, INotifier notifier)
    : NoticeScanner<DueReferralFollowUp>(scan.DueAsync, notifier)
{
    public const string MessageKey = "Incident.FollowUp";

    protected override NotificationRequest Request(DueReferralFollowUp due) =>
        new(
            due.To.UserId, due.GroupId, NotificationKind.IncidentFollowUp, MessageKey, [due.Number.ToString(CultureInfo.InvariantCulture), due.AuthorityName, due.Days.ToString(CultureInfo.InvariantCulture)],
            $"/groups/{due.GroupId:D}/incidents/{due.IncidentId:D}", due.DedupeKey);
}
