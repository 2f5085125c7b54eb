using Platform.Grains.Calendar;

namespace Platform.Messages.Meetings;

/// <summary>
/// Writes the invitations for a scheduled meeting or series, and the notices when a meeting changes or is cancelled, to
/// every person seated in the group: one mail each, in their language, with the time on their clock and the group's, a
/// link to the meeting page and to its calendar file. The delivery job renders them from the grain's mail request
/// (<see cref="MailDispatch"/>); nothing here sends.
/// </summary>
public sealed class MeetingInvitations(
    IStringLocalizer<Text> text, PublicUrl urls, MeetingStore meetings, MeetingSeriesStore series, MeetingQueries queries, WorkingGroupStore groups,
    NotificationPreferenceStore preferences, CalendarQueries calendar, MailOptions mailOptions, TimeProvider time)
{
    /// <summary>The invitations to one meeting.</summary>
    public Task<IReadOnlyList<RenderedMail>> RenderAsync(Guid groupId, Guid meetingId, CancellationToken cancellationToken = default) =>
        RenderAsync(groupId, [meetingId], null, cancellationToken);

    /// <summary>The invitations to a series: its first occurrence with the count that follows.</summary>
    public async Task<IReadOnlyList<RenderedMail>?> RenderSeriesAsync(Guid groupId, Guid seriesId, CancellationToken cancellationToken = default)
    {
        var created = await series.LoadAsync(seriesId, cancellationToken);
        var occurrences = await series.OccurrenceIdsAsync(seriesId, cancellationToken);

        // The series asks each occurrence's grain after its own commit: until all exist (a failure half-way is finished
        // at the series' next command) the invitation waits, rather than going out without some of the dates.
        if (created is not null && occurrences.Count < created.PlannedSlots().Count)
        {
            return null;
        }

        return await RenderAsync(groupId, occurrences, created?.Pattern.Rule, cancellationToken);
    }

    /// <summary>
    /// The notice that a meeting changed (its new details) or was cancelled, with the calendar file that updates the event.
    /// Nothing when a later change superseded this one (its sequence moved on): that change's own request tells the latest state.
    /// Not to those who turned off e-mail about meeting changes (they still find the notification in the app).
    /// </summary>
    public async Task<IReadOnlyList<RenderedMail>> RenderUpdateAsync(Guid groupId, Guid meetingId, long sequence, MeetingNotice notice, CancellationToken cancellationToken = default)
    {
        if (await meetings.LoadAsync(meetingId, cancellationToken) is not { } meeting || meeting.Sequence != sequence)
        {
            return [];
        }

        var mails = new List<RenderedMail>();
        foreach (var mail in await RenderAsync(groupId, [meetingId], notice, null, cancellationToken))
        {
            if (!(await preferences.GetAsync(mail.UserId, cancellationToken)).EmailOff.Contains(NotificationKind.MeetingChanged))
            {
                mails.Add(mail);
            }
        }

        return mails;
    }

    /// <summary>
    /// The invitation to <paramref name="meeting"/> (an occurrence: to its series) exactly as <paramref name="reader"/>
    /// would receive it, and how many people it goes to: what the facilitator previews before sending.
    /// </summary>
    public async Task<InvitationPreviewMail?> PreviewAsync(MeetingState meeting, Invitee reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        IReadOnlyList<Guid> ids = [meeting.Id];
        RecurrenceRule? rule = null;
        if (meeting.SeriesId is { } seriesId)
        {
            ids = await series.OccurrenceIdsAsync(seriesId, cancellationToken);
            rule = (await series.LoadAsync(seriesId, cancellationToken))?.Pattern.Rule;
        }

        var mails = await RenderAsync(meeting.GroupId, ids, MeetingNotice.Invitation, rule, [reader], cancellationToken);
        var recipients = await queries.InviteesAsync(meeting.GroupId, cancellationToken);
        return mails is [var mail] ? new InvitationPreviewMail(mail.Mail, recipients.Count) : null;
    }

    private Task<IReadOnlyList<RenderedMail>> RenderAsync(Guid groupId, IReadOnlyList<Guid> meetingIds, RecurrenceRule? rule, CancellationToken cancellationToken) =>
        RenderAsync(groupId, meetingIds, MeetingNotice.Invitation, rule, null, cancellationToken);

    private Task<IReadOnlyList<RenderedMail>> RenderAsync(Guid groupId, IReadOnlyList<Guid> meetingIds, MeetingNotice notice, RecurrenceRule? rule, CancellationToken cancellationToken) =>
        RenderAsync(groupId, meetingIds, notice, rule, null, cancellationToken);

    /// <summary>The mails to <paramref name="readers"/>, or to everyone seated when null.</summary>
    private async Task<IReadOnlyList<RenderedMail>> RenderAsync(
        Guid groupId, IReadOnlyList<Guid> meetingIds, MeetingNotice notice, RecurrenceRule? rule, IReadOnlyList<Invitee>? readers, CancellationToken cancellationToken)
    {
        if (meetingIds.Count == 0 || await meetings.LoadAsync(meetingIds[0], cancellationToken) is not { } first
            || await groups.LoadAsync(groupId, cancellationToken) is not { } group)
        {
            return [];
        }

        var events = new List<CalendarEvent>();
        foreach (var meetingId in meetingIds)
        {
            if (await calendar.MeetingAsync(groupId, meetingId, cancellationToken) is { } entry)
            {
                events.Add(entry);
            }
        }

        var stamp = time.GetUtcNow();
        return [.. (readers ?? await queries.InviteesAsync(groupId, cancellationToken)).Select(invitee =>
            new RenderedMail(invitee.UserId, MailCulture.In(invitee.PreferredLanguage, () => Compose(invitee, group.Details.Name, first, notice, rule, meetingIds.Count)
                with { Attachment = CalendarAttachment.For(events, urls.For(""), stamp, mailOptions.From, invitee.Email) })))];
    }

    private OutgoingMail Compose(Invitee invitee, string groupName, MeetingState meeting, MeetingNotice notice, RecurrenceRule? rule, int count)
    {
        var clock = ViewerClock.In(invitee.TimeZone);
        var groupClock = ViewerClock.In(meeting.TimeZone);
        var page = $"/groups/{meeting.GroupId}/meetings/{meeting.Id}";
        var title = meeting.Details.Title;
        var lines = new List<string>
        {
            notice switch
            {
                MeetingNotice.Changed => text["Mail.Meeting.ChangedIntro", groupName, title],
                MeetingNotice.Cancelled => text["Mail.Meeting.CancelledIntro", groupName, title],
                MeetingNotice.AgendaChanged => text["Mail.Meeting.AgendaIntro", groupName, title],
                _ => text["Mail.Meeting.Intro", groupName, title],
            },
            notice == MeetingNotice.Cancelled
                ? text["Mail.Meeting.WasPlanned", clock.Full(meeting.StartsUtc), clock.ZoneName]
                : text["Mail.Meeting.YourTime", clock.Full(meeting.StartsUtc), clock.ZoneName],
        };
        if (!clock.SameZoneAs(groupClock))
        {
            lines.Add(text["Mail.Meeting.GroupTime", groupClock.Full(meeting.StartsUtc), groupClock.ZoneName]);
        }

        if (rule is { } repeat)
        {
            lines.Add(text["Mail.Meeting.Repeats", text[$"Recurrence.{repeat}"], count]);
        }

        if (notice != MeetingNotice.Cancelled && meeting.Details.Place is { } place)
        {
            lines.Add(text["Mail.Meeting.Place", place]);
        }

        if (notice != MeetingNotice.Cancelled && meeting.Details.OnlineLink is { } link)
        {
            lines.Add(text["Mail.Meeting.Online", link]);
        }

        if (notice != MeetingNotice.Cancelled && meeting.Agenda.Count > 0)
        {
            lines.Add("");
            lines.Add(text["Mail.Meeting.Agenda"]);
            lines.AddRange(meeting.Agenda.Select((item, i) => $"{i + 1}. {item.Title}"));
        }

        lines.Add("");
        if (notice != MeetingNotice.Cancelled)
        {
            lines.Add(text["Mail.Meeting.Answer", urls.For(page)]);
        }

        // The same calendar file, whose SEQUENCE the grain bumped: importing it again moves or cancels the event.
        lines.Add(notice == MeetingNotice.Invitation ? text["Mail.Meeting.Calendar", urls.For(page + "/ics")] : text["Mail.Meeting.CalendarUpdate", urls.For(page + "/ics")]);
        var subject = notice switch
        {
            MeetingNotice.Changed => text["Mail.Meeting.ChangedSubject", title, groupName],
            MeetingNotice.Cancelled => text["Mail.Meeting.CancelledSubject", title, groupName],
            MeetingNotice.AgendaChanged => text["Mail.Meeting.AgendaSubject", title, groupName],
            _ when rule is null => text["Mail.Meeting.Subject", title, groupName],
            _ => text["Mail.Meeting.SeriesSubject", title, groupName],
        };
        // The same "why you receive this" footer as every other mail.
        lines.Add($"\n-- \n{text["Notifications.MailFooter", urls.For(Notifier.PreferencesPath)]}\n");
        return new OutgoingMail(invitee.Email, subject, string.Join('\n', lines));
    }
}

/// <summary>An invitation as one reader would receive it, and how many people it goes to.</summary>
public sealed record InvitationPreviewMail(OutgoingMail Mail, int Recipients);

/// <summary>What a meeting mail announces.</summary>
public enum MeetingNotice
{
    Invitation,
    Changed,
    Cancelled,
    AgendaChanged,
}
