using Platform.Grains.Calendar;

namespace Platform.Messages.Meetings;

/// <summary>
/// What everyone invited hears when a series is changed or cancelled "from this date on": one notification and one mail
/// each (not one per meeting), listing every meeting the change reached on the reader's clock, with a calendar file that
/// moves or cancels each of them (a raised SEQUENCE, STATUS:CANCELLED). Written only once the change has reached every
/// occurrence it asks about; meetings a later change took over are told by that change's own request. The person who
/// made the change gets no notification; those who turned off mail about meeting changes get the notification only. A series
/// whose invitations never went out changes quietly.
/// </summary>
public sealed class SeriesNotices(
    IStringLocalizer<Text> text, INotifier notifier, PublicUrl urls, MeetingSeriesStore series, MeetingStore meetings, MeetingQueries queries,
    WorkingGroupStore groups, NotificationPreferenceStore preferences, CalendarQueries calendar, JournalQueries journal, MailOptions mailOptions, TimeProvider time)
{
    public const string ChangedKey = "Notice.SeriesChanged";

    public const string CancelledKey = "Notice.SeriesCancelled";

    /// <summary>The mails for <paramref name="request"/> after writing its notifications; null while the change is still reaching its meetings.</summary>
    public async Task<IReadOnlyList<RenderedMail>?> RenderAsync(PendingMailRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var seriesId = Guid.Parse(request.EntityKey);
        if (!await series.IsSettledAsync(seriesId, request.Revision, cancellationToken))
        {
            return null;
        }

        // Only meetings whose invitations went out: before that nobody was told of them, so nobody is told of a change.
        var reached = (await series.OccurrencesAsync(seriesId, meetings, cancellationToken))
            .Where(o => o.SeriesVersion == request.Revision && o.InvitationsSentAt is not null)
            .ToList();
        if (reached.Count == 0 || await groups.LoadAsync(request.GroupId, cancellationToken) is not { } group)
        {
            return [];
        }

        var cancelled = request.Kind == MailRequestKind.SeriesCancelled;
        var events = new List<CalendarEvent>();
        foreach (var meeting in reached)
        {
            if (await calendar.MeetingAsync(request.GroupId, meeting.Id, cancellationToken) is { } entry)
            {
                events.Add(entry);
            }
        }

        // In-app first (idempotent by person and series version): a failure after it leaves the request pending, and the
        // retry writes no second notification.
        var actor = await journal.ActorAtAsync(request.GroupId, request.JournalSeq, cancellationToken);
        var invitees = await queries.InviteesAsync(request.GroupId, cancellationToken);
        var page = IcsWriter.MeetingPath(request.GroupId, reached[0].Id);
        var notices = invitees
            .Where(i => !string.Equals(i.UserId, actor, StringComparison.Ordinal))
            .Select(i => new NotificationRequest(
                i.UserId, request.GroupId, NotificationKind.MeetingChanged, cancelled ? CancelledKey : ChangedKey,
                MailCulture.In<string[]>(i.PreferredLanguage, () => Arguments(i, group.Details.Name, reached)), page,
                $"series-change:{seriesId:D}:{request.Revision}", MailSeparately: true))
            .ToList();
        if (notices.Count > 0)
        {
            await notifier.NotifyAsync(notices, cancellationToken);
        }

        var stamp = time.GetUtcNow();
        var mails = new List<RenderedMail>();
        foreach (var invitee in invitees)
        {
            if (!(await preferences.GetAsync(invitee.UserId, cancellationToken)).EmailOff.Contains(NotificationKind.MeetingChanged))
            {
                mails.Add(new RenderedMail(invitee.UserId, MailCulture.In(invitee.PreferredLanguage, () => Compose(invitee, group.Details.Name, reached, cancelled)
                    with { Attachment = CalendarAttachment.For(events, urls.For(""), stamp, mailOptions.From, invitee.Email) })));
            }
        }

        return mails;
    }

    /// <summary>Group, title, how many meetings, the first of them on the reader's clock and its zone.</summary>
    private static string[] Arguments(Invitee invitee, string groupName, List<MeetingState> reached)
    {
        var clock = ViewerClock.In(invitee.TimeZone);
        return [groupName, reached[0].Details.Title, reached.Count.ToString(System.Globalization.CultureInfo.CurrentCulture), clock.Full(reached[0].StartsUtc), clock.ZoneName];
    }

    private OutgoingMail Compose(Invitee invitee, string groupName, List<MeetingState> reached, bool cancelled)
    {
        var clock = ViewerClock.In(invitee.TimeZone);
        var first = reached[0];
        var title = first.Details.Title;
        var lines = new List<string>
        {
            cancelled ? text["Mail.Series.CancelledIntro", groupName, title, reached.Count] : text["Mail.Series.ChangedIntro", groupName, title, reached.Count],
            "",
        };
        lines.AddRange(reached.Select(meeting => $"- {clock.Full(meeting.StartsUtc)} ({clock.ZoneName}): {urls.For(IcsWriter.MeetingPath(meeting.GroupId, meeting.Id))}"));
        if (!cancelled && first.Details.Place is { } place)
        {
            lines.Add(text["Mail.Meeting.Place", place]);
        }

        if (!cancelled && first.Details.OnlineLink is { } link)
        {
            lines.Add(text["Mail.Meeting.Online", link]);
        }

        lines.Add("");
        lines.Add(text["Mail.Series.CalendarUpdate"]);
        lines.Add($"\n-- \n{text["Notifications.MailFooter", urls.For(Notifier.PreferencesPath)]}\n");
        var subject = cancelled ? text["Mail.Series.CancelledSubject", title, groupName] : text["Mail.Series.ChangedSubject", title, groupName];
        return new OutgoingMail(invitee.Email, subject, string.Join('\n', lines));
    }
}
