using System.Net.Mail;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Platform.Grains.Mail;
using Platform.Grains.Meetings;
using Platform.Grains.WorkingGroups;
using Platform.Web.Accounts;
using Platform.Web.Localization;
using Platform.Web.Notifications;

namespace Platform.Web.Meetings;

/// <summary>
/// Invites every person seated in the group when a meeting or a series is scheduled: one mail each, in their
/// language, with the time on their clock and the group's, a link to the meeting page and to its calendar file.
/// </summary>
public sealed partial class MeetingInvitations(
    IStringLocalizer<Text> text, PublicUrl urls, IMailSender sender, MeetingStore meetings, MeetingQueries queries, WorkingGroupStore groups, ILogger<MeetingInvitations> logger)
{
    /// <summary>Invites to one meeting, or to a series by its first occurrence with the count that follows.</summary>
    public async Task SendAsync(Guid groupId, IReadOnlyList<Guid> meetingIds, RecurrenceRule? rule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meetingIds);
        if (meetingIds.Count == 0 || await meetings.LoadAsync(meetingIds[0], cancellationToken) is not { } first
            || await groups.LoadAsync(groupId, cancellationToken) is not { } group)
        {
            return;
        }

        foreach (var invitee in await queries.InviteesAsync(groupId, cancellationToken))
        {
            var mail = MailCulture.In(invitee.PreferredLanguage, () => Compose(invitee, group.Details.Name, first, rule, meetingIds.Count));
            try
            {
                await sender.SendAsync(mail, cancellationToken);
            }
            catch (Exception e) when (e is SmtpException or IOException or UnauthorizedAccessException)
            {
                // Only the type: SMTP messages can quote the address. The others still get theirs.
                LogSendFailed(logger, e.GetType().Name);
            }
        }
    }

    private OutgoingMail Compose(Invitee invitee, string groupName, MeetingState meeting, RecurrenceRule? rule, int count)
    {
        var clock = ViewerClock.In(invitee.TimeZone);
        var groupClock = ViewerClock.In(meeting.TimeZone);
        var page = $"/groups/{meeting.GroupId}/meetings/{meeting.Id}";
        var lines = new List<string>
        {
            text["Mail.Meeting.Intro", groupName, meeting.Details.Title],
            text["Mail.Meeting.YourTime", clock.Full(meeting.StartsUtc), clock.ZoneName],
        };
        if (!clock.SameZoneAs(groupClock))
        {
            lines.Add(text["Mail.Meeting.GroupTime", groupClock.Full(meeting.StartsUtc), groupClock.ZoneName]);
        }

        if (rule is { } repeat)
        {
            lines.Add(text["Mail.Meeting.Repeats", text[$"Recurrence.{repeat}"], count]);
        }

        if (meeting.Details.Place is { } place)
        {
            lines.Add(text["Mail.Meeting.Place", place]);
        }

        if (meeting.Details.OnlineLink is { } link)
        {
            lines.Add(text["Mail.Meeting.Online", link]);
        }

        lines.Add("");
        lines.Add(text["Mail.Meeting.Answer", urls.For(page)]);
        lines.Add(text["Mail.Meeting.Calendar", urls.For(page + "/ics")]);
        var subject = rule is null ? text["Mail.Meeting.Subject", meeting.Details.Title, groupName] : text["Mail.Meeting.SeriesSubject", meeting.Details.Title, groupName];
        return new OutgoingMail(invitee.Email, subject, string.Join('\n', lines));
    }

    [LoggerMessage(LogLevel.Warning, "Could not send a meeting invitation ({ErrorType}).")]
    private static partial void LogSendFailed(ILogger logger, string errorType);
}
