using NodaTime;
using Platform.Grains.Journal;
using Platform.Grains.Mail;
using Platform.Grains.Runtime;

namespace Platform.Grains.Meetings;

/// <summary>
/// A recurring series. Its occurrences are meeting rows written here in one transaction with the series row; a
/// series edit reaches only occurrences that are neither detached (edited alone) nor started, so the past never
/// changes silently.
/// </summary>
public sealed class MeetingSeriesGrain(GrainContext context, MeetingSeriesStore store, MeetingStore meetings, GrainPersistence persistence, TimeProvider time)
    : IMeetingSeriesGrain, IGrainBase
{
    private readonly Guid id = context.GetPrimaryKey();

    public Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task OnDeactivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<IReadOnlyList<Guid>> CreateAsync(CreateSeries command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (await store.LoadAsync(id) is not null)
        {
            throw new MeetingRuleException("AlreadyExists");
        }

        var zoneId = await meetings.GroupZoneAsync(command.GroupId) ?? throw new MeetingRuleException("GroupNotFound");
        var zone = MeetingTime.Zone(zoneId) ?? throw new MeetingRuleException("TimeZoneUnknown");
        if (command.Pattern.Problem() is { } problem)
        {
            throw new MeetingRuleException(problem, "Rule");
        }

        var details = Checked(command.Details);
        var now = time.GetUtcNow();
        var series = new SeriesState(id, command.GroupId, command.Pattern, details, zoneId, 1, now);
        var today = Instant.FromDateTimeOffset(now).InZone(zone).Date;
        // Twelve months, the last day excluded, so a monthly series has twelve occurrences rather than thirteen.
        var horizon = LocalDate.Max(today, command.Pattern.FirstDate).PlusMonths(12).PlusDays(-1);
        var occurrences = command.Pattern.DatesBetween(command.Pattern.FirstDate, horizon)
            .Select(slot => Occurrence(series, zone, slot, now))
            .ToList();
        if (occurrences.Count == 0)
        {
            throw new MeetingRuleException("NoOccurrences", "Rule");
        }

        await persistence.CommitAndPublishAsync(
            MeetingSeriesStore.Insert(series),
            [.. occurrences.Select(MeetingStore.Insert)],
            Entry(series, "created", command.ActorId, $"Series created ({Storage.EnumText.ToText(command.Pattern.Rule)}, {occurrences.Count} meetings)"),
            new MailRequest(MailRequestKind.SeriesCreated, series.GroupId, MeetingStore.Key(id), series.Version),
            e => new SeriesCreated(series.GroupId, id, [.. occurrences.Select(o => o.Id)], e.Seq));
        return [.. occurrences.Select(o => o.Id)];
    }

    public async Task<IReadOnlyList<Guid>> EditRestAsync(EditSeriesFrom command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var series = await ExistingAsync();
        var zone = MeetingTime.Zone(series.TimeZone) ?? throw new MeetingRuleException("TimeZoneUnknown");
        var details = Checked(command.Changes);
        var next = series with { Details = details, Version = series.Version + 1 };
        var reachable = (await ReachableAsync(command.FromSlot, includeDetached: true)).ToList();
        if (reachable.FirstOrDefault(o => o.SeriesSlot == command.FromSlot) is { } shown)
        {
            EditVersion.Require(command.ExpectedVersion, shown.EditVersion, "meeting", MeetingStore.Key(shown.Id));
        }

        var changed = reachable
            .Where(o => !o.Detached)
            .Select(o => (Before: o, After: Occurrence(next, zone, o.SeriesSlot!.Value, o.CreatedAt) with
            {
                Id = o.Id,
                Sequence = o.Sequence + 1,
                Version = o.Version + 1,
            }))
            .ToList();
        return await CommitAsync(series, next, changed, command.ActorId, "rest_edited", $"Series edited from {MeetingTime.WriteDate(command.FromSlot)} ({changed.Count} meetings)");
    }

    public async Task<IReadOnlyList<Guid>> CancelRestAsync(CancelSeriesFrom command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var series = await ExistingAsync();

        // The series ends the day before: nothing after it will be materialised again.
        var until = command.FromSlot.PlusDays(-1);
        var next = series with { Pattern = series.Pattern with { UntilDate = until < series.Pattern.FirstDate ? series.Pattern.FirstDate : until }, Version = series.Version + 1 };
        var changed = (await ReachableAsync(command.FromSlot, includeDetached: true))
            .Where(o => o.Status == MeetingStatus.Scheduled)
            .Select(o => (Before: o, After: o with { Status = MeetingStatus.Cancelled, Sequence = o.Sequence + 1, Version = o.Version + 1 }))
            .ToList();
        return await CommitAsync(series, next, changed, command.ActorId, "rest_cancelled", $"Series cancelled from {MeetingTime.WriteDate(command.FromSlot)} ({changed.Count} meetings)");
    }

    private async Task<IReadOnlyList<Guid>> CommitAsync(SeriesState series, SeriesState next, List<(MeetingState Before, MeetingState After)> changed, string actor, string action, string summary)
    {
        await persistence.CommitAndPublishAsync(
            MeetingSeriesStore.Update(next, series.Version),
            [.. changed.Select(c => MeetingStore.Update(c.After, c.Before.Version))],
            Entry(series, action, actor, summary),
            e => new SeriesChanged(series.GroupId, id, [.. changed.Select(c => c.After.Id)], e.Seq));
        return [.. changed.Select(c => c.After.Id)];
    }

    /// <summary>Occurrences from the slot on that have not started yet; detached ones only when asked.</summary>
    private async Task<IEnumerable<MeetingState>> ReachableAsync(LocalDate fromSlot, bool includeDetached)
    {
        var now = time.GetUtcNow();
        return (await store.OccurrencesAsync(id, meetings))
            .Where(o => o.SeriesSlot >= fromSlot && o.StartsUtc > now && (includeDetached || !o.Detached));
    }

    private MeetingState Occurrence(SeriesState series, DateTimeZone zone, LocalDate slot, DateTimeOffset now)
    {
        var starts = slot + series.Details.StartTime;
        var ends = starts.PlusMinutes(series.Details.DurationMinutes);
        var details = new MeetingDetails(series.Details.Title, starts, ends, series.Details.Place, series.Details.OnlineLink);
        return new MeetingState(
            Guid.NewGuid(),
            series.GroupId,
            id,
            slot,
            details,
            series.TimeZone,
            MeetingTime.ToOffset(MeetingTime.Resolve(starts, zone)),
            MeetingTime.ToOffset(MeetingTime.Resolve(ends, zone)),
            MeetingStatus.Scheduled,
            false,
            0,
            1,
            now,
            []);
    }

    private async Task<SeriesState> ExistingAsync() => await store.LoadAsync(id) ?? throw new MeetingRuleException("SeriesNotFound");

    private static SeriesChanges Checked(SeriesChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.DurationMinutes is <= 0 or > 1440)
        {
            throw new MeetingRuleException("DurationInvalid", "Duration");
        }

        // One day's meeting stands in for all: the same title, place and link rules apply to every occurrence.
        var sample = new MeetingDetails(changes.Title, default(LocalDate) + changes.StartTime, (default(LocalDate) + changes.StartTime).PlusMinutes(changes.DurationMinutes), changes.Place, changes.OnlineLink).Normalized();
        if (sample.Problems().FirstOrDefault() is { Code: not null } first)
        {
            throw new MeetingRuleException(first.Code, first.Field);
        }

        return changes with { Title = sample.Title, Place = sample.Place, OnlineLink = sample.OnlineLink };
    }

    private static NewJournalEntry Entry(SeriesState series, string action, string? actor, string summary) =>
        new(series.GroupId, "meeting_series", MeetingStore.Key(series.Id), action, actor, summary);
}
