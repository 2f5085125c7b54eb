namespace Platform.Grains.Meetings;

/// <summary>
/// Invitations go out when the facilitator sends them (after a preview) or at the time they planned, never when the
/// meeting is scheduled: before that nobody was invited, so a change or cancellation tells nobody (<see cref="NoticeAsync"/>).
/// Every path (the preview page, the scheduling form's "send now", the due scan) passes <see cref="SendInvitationsAsync"/>,
/// which refuses a second send. An occurrence sends its series' invitation (every date, one mail), so the series is
/// invited once, from whichever occurrence the facilitator used; the series grain writes no meeting row of its own.
/// </summary>
public sealed partial class MeetingGrain
{
    public async Task<MeetingState> SendInvitationsAsync(SendInvitations command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await ExistingAsync();
        if (await InvitedAtAsync(current) is not null)
        {
            throw RuleException.Of(MeetingRule.InvitationsAlreadySent);
        }

        var now = time.GetUtcNow();
        if (current.Status == MeetingStatus.Cancelled || current.EndsUtc <= now)
        {
            throw RuleException.Of(MeetingRule.InvitationsTooLate);
        }

        var next = current with { InvitationsSentAt = now, InvitationsDueAt = null, InvitationsDueBy = null, Version = current.Version + 1 };
        var request = current.SeriesId is { } series
            ? new MailRequest(MailRequestKind.SeriesCreated, current.GroupId, series.ToString("D"), current.SeriesVersion ?? 1)
            : new MailRequest(MailRequestKind.MeetingScheduled, current.GroupId, id.ToString("D"), current.Sequence);
        return await UpdateAsync(current, next, [],
            Entry(next, "invitations_sent", command.ActorId, current.SeriesId is null ? "Invitations sent" : "Invitations to the series sent"),
            e => new InvitationsSent(next.GroupId, id, e.Seq),
            mail: request);
    }

    public async Task<MeetingState> PlanInvitationsAsync(PlanInvitations command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await ExistingAsync();
        if (await InvitedAtAsync(current) is not null)
        {
            throw RuleException.Of(MeetingRule.InvitationsAlreadySent);
        }

        if (command.At is { } at && at <= time.GetUtcNow())
        {
            throw RuleException.Of(MeetingRule.InvitationsDuePast, "At");
        }

        if (command.At is { } late && late >= current.StartsUtc)
        {
            throw RuleException.Of(MeetingRule.InvitationsDueAfterStart, "At");
        }

        if (command.At is null && current.InvitationsDueAt is null)
        {
            return current;
        }

        var next = current with { InvitationsDueAt = command.At, InvitationsDueBy = command.At is null ? null : command.ActorId, Version = current.Version + 1 };
        return await UpdateAsync(current, next, [],
            Entry(next, command.At is null ? "invitations_unplanned" : "invitations_planned", command.ActorId, command.At is null ? "Planned invitations called off" : "Invitations planned"),
            e => new InvitationsPlanned(next.GroupId, id, e.Seq));
    }

    /// <summary>
    /// The one rule for change notices: invitees hear of a change or cancellation only once they were invited, and only
    /// while the meeting is still ahead (a past one changes quietly).
    /// </summary>
    private async Task<MailRequest?> NoticeAsync(MeetingState next, string kind) =>
        next.EndsUtc > time.GetUtcNow() && await InvitedAtAsync(next) is not null
            ? new MailRequest(kind, next.GroupId, id.ToString("D"), next.Sequence)
            : null;

    private Task<DateTimeOffset?> InvitedAtAsync(MeetingState meeting) => store.InvitedAtAsync(meeting);
}
