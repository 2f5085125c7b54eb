using Platform.Grains.Incidents;

namespace Platform.Messages.Reminders;

/// <summary>
/// "Incident N: a new report from the public form needs assessment", to the group's case handlers, the day after it
/// arrived (never at its moment); nothing more: no narrative, no people.
/// </summary>
public sealed class PublicReportScanner(PublicReportScan scan, INotifier notifier)
    : NoticeScanner<DuePublicReport>(scan.DueAsync, notifier)
{
    public const string MessageKey = "Incident.Received";

    protected override NotificationRequest Request(DuePublicReport due) =>
        new(
            due.To.UserId, due.GroupId, NotificationKind.IncidentReceived, MessageKey, [due.Number.ToString(CultureInfo.InvariantCulture)],
            $"/groups/{due.GroupId:D}/incidents/{due.IncidentId:D}", due.DedupeKey);
}
