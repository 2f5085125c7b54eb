namespace Platform.Grains.Meetings;

/// <summary>
/// What a series asks of its occurrences. The series writes only its own row; each occurrence's row is written here,
/// by its meeting grain, with the meeting's own journal entry (actions <c>*_series</c>: the group's activity shows the
/// series' entry instead) and event (<see cref="IOccurrenceEvent"/>). Every request names the series version that made
/// it, so a request repeated after a failure half-way changes nothing the second time.
/// </summary>
public sealed partial class MeetingGrain
{
    public async Task<MeetingState> CreateOccurrenceAsync(CreateOccurrence command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Current is { } existing)
        {
            return existing.SeriesId == command.SeriesId && existing.SeriesSlot == command.Slot
                ? existing
                : throw RuleException.Of(MeetingRule.AlreadyExists);
        }

        var details = Checked(command.Details.On(command.Slot));
        var (starts, ends) = Instants(details, command.TimeZone);
        var next = new MeetingState(id, command.GroupId, command.SeriesId, command.Slot, details, command.TimeZone, starts, ends, MeetingStatus.Scheduled, false, 0, 1, time.GetUtcNow(), [])
        {
            SeriesVersion = command.SeriesVersion,
        };
        await persistence.CommitAndPublishAsync(
            MeetingStore.Insert(next),
            Entry(next, "scheduled_in_series", command.ActorId, "Meeting scheduled in a series"),
            e => new OccurrenceScheduled(next.GroupId, id, command.SeriesId, e.Seq));
        Current = next;
        return next;
    }

    public async Task<bool> ApplySeriesChangeAsync(ApplySeriesChange command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await OccurrenceAsync(command.SeriesId);
        if (current.SeriesVersion >= command.SeriesVersion || !current.FollowsSeriesEdit(time.GetUtcNow()))
        {
            return false;
        }

        var details = Checked(command.Changes.On(current.SeriesSlot!.Value));
        var (starts, ends) = Instants(details, current.TimeZone);
        var next = current with
        {
            Details = details,
            StartsUtc = starts,
            EndsUtc = ends,
            Sequence = current.Sequence + 1,
            Version = current.Version + 1,
            SeriesVersion = command.SeriesVersion,
        };
        await UpdateAsync(current, next, [],
            Entry(next, "edited_with_series", command.ActorId, "Meeting edited with its series"),
            e => new OccurrenceChanged(next.GroupId, id, command.SeriesId, e.Seq));
        return true;
    }

    public async Task<bool> CancelFromSeriesAsync(CancelFromSeries command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await OccurrenceAsync(command.SeriesId);
        if (current.SeriesVersion >= command.SeriesVersion || !current.FollowsSeriesCancel(time.GetUtcNow()))
        {
            return false;
        }

        var next = current with
        {
            Status = MeetingStatus.Cancelled,
            Sequence = current.Sequence + 1,
            Version = current.Version + 1,
            SeriesVersion = command.SeriesVersion,
        };
        await UpdateAsync(current, next, [],
            Entry(next, "cancelled_with_series", command.ActorId, "Meeting cancelled with the rest of its series"),
            e => new OccurrenceCancelled(next.GroupId, id, command.SeriesId, e.Seq));
        return true;
    }

    private async Task<MeetingState> OccurrenceAsync(Guid seriesId)
    {
        var current = await ExistingAsync();
        return current.SeriesId == seriesId && current.SeriesSlot is not null ? current : throw RuleException.Of(MeetingRule.NotInSeries);
    }
}
