using Platform.Grains.Calendar;

namespace Platform.Messages.Meetings;

/// <summary>
/// The in-app side of a meeting notice: when a meeting is moved, cancelled or gets a new agenda, everyone invited except the
/// person who made the change finds a notification linking to the meeting, its arguments written in their language and on
/// their clock. The mail with the calendar file goes with the same mail request (<see cref="MeetingInvitations"/>), so the
/// notifier queues none. Idempotent: one notification per person and meeting sequence, whatever retries do.
/// </summary>
public sealed class MeetingNotices(INotifier notifier, MeetingStore meetings, MeetingQueries queries, WorkingGroupStore groups, JournalQueries journal)
{
    /// <summary>The message keys: K is the in-app line.</summary>
    public const string CancelledKey = "Notice.MeetingCancelled";

    public const string ChangedKey = "Notice.MeetingChanged";

    public const string AgendaKey = "Notice.MeetingAgenda";

    /// <summary>Notifies the invitees of the change <paramref name="request"/> names; nothing when a later change superseded it.</summary>
    public async Task<int> NotifyAsync(PendingMailRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = request.Kind switch
        {
            MailRequestKind.MeetingCancelled => CancelledKey,
            MailRequestKind.MeetingAgendaChanged => AgendaKey,
            _ => ChangedKey,
        };
        if (await meetings.LoadAsync(Guid.Parse(request.EntityKey), cancellationToken) is not { } meeting || meeting.Sequence != request.Revision
            || await groups.LoadAsync(request.GroupId, cancellationToken) is not { } group)
        {
            return 0;
        }

        var actor = await journal.ActorAtAsync(request.GroupId, request.JournalSeq, cancellationToken);
        var page = IcsWriter.MeetingPath(meeting.GroupId, meeting.Id);
        var invitees = await queries.InviteesAsync(request.GroupId, cancellationToken);
        var notices = invitees
            .Where(i => !string.Equals(i.UserId, actor, StringComparison.Ordinal))
            .Select(i => new NotificationRequest(
                i.UserId, meeting.GroupId, NotificationKind.MeetingChanged, key, Arguments(i, group.Details.Name, meeting), page,
                $"meeting-change:{meeting.Id:D}:{meeting.Sequence}", MailSeparately: true))
            .ToList();
        return notices.Count == 0 ? 0 : await notifier.NotifyAsync(notices, cancellationToken);
    }

    /// <summary>Group, title, the start on the reader's clock and its zone, and where (place, online link or nothing).</summary>
    private static string[] Arguments(Invitee invitee, string groupName, MeetingState meeting) =>
        Notifications.MailCulture.In<string[]>(invitee.PreferredLanguage, () =>
        {
            var clock = ViewerClock.In(invitee.TimeZone);
            return [groupName, meeting.Details.Title, clock.Full(meeting.StartsUtc), clock.ZoneName, meeting.Details.Place ?? meeting.Details.OnlineLink ?? "—"];
        });
}
