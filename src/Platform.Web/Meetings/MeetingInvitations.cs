using Microsoft.Extensions.Localization;
using Platform.Grains.Mail;
using Platform.Grains.Meetings;
using Platform.Grains.WorkingGroups;
using Platform.Web.Accounts;
using Platform.Web.Localization;
using Platform.Web.Notifications;

namespace Platform.Web.Meetings;

/// <summary>
/// Writes the invitations for a scheduled meeting or series to every person seated in the group: one mail each, in their
/// language, with the time on their clock and the group's, a link to the meeting page and to its calendar file. The
/// delivery job renders them from the grain's mail request (<see cref="MailDispatch"/>); nothing here sends.
/// </summary>
public sealed class MeetingInvitations(
    IStringLocalizer<Text> text, PublicUrl urls, MeetingStore meetings, MeetingSeriesStore series, MeetingQueries queries, WorkingGroupStore groups)
{
    /// <summary>The invitations to one meeting.</summary>
    public Task<IReadOnlyList<RenderedMail>> RenderAsync(Guid groupId, Guid meetingId, CancellationToken cancellationToken = default) =>
        RenderAsync(groupId, [meetingId], null, cancellationToken);

    /// <summary>The invitations to a series: its first occurrence with the count that follows.</summary>
    public async Task<IReadOnlyList<RenderedMail>> RenderSeriesAsync(Guid groupId, Guid seriesId, CancellationToken cancellationToken = default)
    {
        var rule = (await series.LoadAsync(seriesId, cancellationToken))?.Pattern.Rule;
        return await RenderAsync(groupId, await series.OccurrenceIdsAsync(seriesId, cancellationToken), rule, cancellationToken);
    }

    private async Task<IReadOnlyList<RenderedMail>> RenderAsync(Guid groupId, IReadOnlyList<Guid> meetingIds, RecurrenceRule? rule, CancellationToken cancellationToken)
    {
        if (meetingIds.Count == 0 || await meetings.LoadAsync(meetingIds[0], cancellationToken) is not { } first
            || await groups.LoadAsync(groupId, cancellationToken) is not { } group)
        {
            return [];
        }

        return [.. (await queries.InviteesAsync(groupId, cancellationToken)).Select(invitee =>
            new RenderedMail(invitee.UserId, MailCulture.In(invitee.PreferredLanguage, () => Compose(invitee, group.Details.Name, first, rule, meetingIds.Count))))];
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
}
