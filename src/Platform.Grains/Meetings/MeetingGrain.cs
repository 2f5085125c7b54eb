namespace Platform.Grains.Meetings;

/// <summary>
/// Keeps one meeting's rules: valid times in the group's zone, a detached flag when a series occurrence is edited
/// alone, a bumped sequence on every change a calendar must notice. Each command writes the meeting row
/// (version-checked), the rows it touches and one journal entry in one transaction, then publishes. Only this grain
/// writes the meeting's rows: the series asks it to (see the Series part).
/// </summary>
public sealed partial class MeetingGrain(IGrainContext context, MeetingStore store, GrainPersistence persistence, TimeProvider time)
    : StoredGrain<MeetingState>(context, store.LoadAsync), IMeetingGrain
{
    private readonly Guid id = context.GrainId.GetGuidKey();

    public async Task<MeetingState> ScheduleAsync(ScheduleMeeting command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Current is not null)
        {
            throw RuleException.Of(MeetingRule.AlreadyExists);
        }

        var zone = await store.GroupZoneAsync(command.GroupId) ?? throw RuleException.Of(MeetingRule.GroupNotFound);
        var details = Checked(command.Details);
        var (starts, ends) = Instants(details, zone);
        var next = new MeetingState(id, command.GroupId, null, null, details, zone, starts, ends, MeetingStatus.Scheduled, false, 0, 1, time.GetUtcNow(), []);
        await persistence.CommitAndPublishAsync(
            MeetingStore.Insert(next),
            [],
            Entry(next, "scheduled", command.ActorId, "Meeting scheduled"),
            e => new MeetingScheduled(next.GroupId, id, e.Seq));
        Current = next;
        return next;
    }

    public async Task<MeetingState> EditAsync(EditMeeting command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await ExistingAsync();
        EditVersion.Require(command.ExpectedVersion, current.EditVersion, "meeting", id.ToString("D"));
        var details = Checked(command.Details);
        var (starts, ends) = Instants(details, current.TimeZone);
        var next = current with
        {
            Details = details,
            StartsUtc = starts,
            EndsUtc = ends,
            Detached = current.SeriesId is not null,
            Sequence = current.Sequence + 1,
            Version = current.Version + 1,
        };
        return await UpdateAsync(current, next, [],
            Entry(next, "edited", command.ActorId, next.Detached ? "Meeting edited (this occurrence only)" : "Meeting edited"),
            e => new MeetingChanged(next.GroupId, id, e.Seq),
            mail: await NoticeAsync(next, MailRequestKind.MeetingChanged));
    }

    public async Task<MeetingState> CancelAsync(CancelMeeting command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await ExistingAsync();
        if (current.Status == MeetingStatus.Cancelled)
        {
            throw RuleException.Of(MeetingRule.AlreadyCancelled);
        }

        // Every path (the confirmation page, a hand-made post, a future import) passes here: a cancellation tells
        // everyone invited (once they were), so it is never one click.
        if (!command.Confirmed)
        {
            throw RuleException.Of(MeetingRule.NotConfirmed);
        }

        var next = current with
        {
            Status = MeetingStatus.Cancelled,
            Detached = current.SeriesId is not null,
            Sequence = current.Sequence + 1,
            Version = current.Version + 1,
        };
        return await UpdateAsync(current, next, [],
            Entry(next, "cancelled", command.ActorId, "Meeting cancelled"),
            e => new MeetingCancelled(next.GroupId, id, e.Seq),
            mail: await NoticeAsync(next, MailRequestKind.MeetingCancelled));
    }

    /// <summary>
    /// Writes <paramref name="next"/> over <paramref name="current"/> (version-checked) with the rows it touches, its
    /// journal entry and mail (if any) in one transaction, publishes, and only then holds <paramref name="next"/>.
    /// </summary>
    private async Task<MeetingState> UpdateAsync<TEvent>(
        MeetingState current, MeetingState next, IReadOnlyList<StateWrite> related, NewJournalEntry entry, Func<JournalEntry, TEvent> toEvent, MailRequest? mail = null)
        where TEvent : JournalledEvent
    {
        await persistence.CommitAndPublishAsync(MeetingStore.Update(next, current.Version), related, entry, mail, toEvent);
        Current = next;
        return next;
    }

    private Task<MeetingState> ExistingAsync() =>
        Current is { } current ? Task.FromResult(current) : Task.FromException<MeetingState>(RuleException.Of(MeetingRule.MeetingNotFound));

    private static MeetingDetails Checked(MeetingDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var normalized = details.Normalized();
        if (normalized.Problems().FirstOrDefault() is { Field: not null } first)
        {
            throw RuleException.Of(first.Code, first.Field);
        }

        return normalized;
    }

    private static (DateTimeOffset Starts, DateTimeOffset Ends) Instants(MeetingDetails details, string zoneId)
    {
        var zone = WallClock.Zone(zoneId) ?? throw RuleException.Of(MeetingRule.TimeZoneUnknown);
        var starts = WallClock.Resolve(details.Starts, zone);
        var ends = WallClock.Resolve(details.Ends, zone);

        // Local end after local start can still land before it when the clocks go back in between.
        if (ends <= starts)
        {
            throw RuleException.Of(MeetingRule.EndBeforeStart, "Ends");
        }

        return (WallClock.ToOffset(starts), WallClock.ToOffset(ends));
    }

    private static NewJournalEntry Entry(MeetingState meeting, string action, string? actor, string summary) =>
        new(meeting.GroupId, "meeting", meeting.Id.ToString("D"), action, actor, summary);
}
