namespace Platform.Grains.Meetings;

/// <summary>
/// A recurring series. It writes only its own row and journal entry, then asks each occurrence's meeting grain to
/// create or change itself (each meeting keeps its own rules: a series edit reaches only occurrences neither detached
/// nor started, so the past never changes silently). A failure half-way leaves the series row ahead of some
/// occurrences; the series finishes that change before its next command or when a host starts
/// (<see cref="SeriesResumption"/>), and no occurrence takes a version twice.
/// </summary>
public sealed class MeetingSeriesGrain(
    IGrainContext context, MeetingSeriesStore store, MeetingStore meetings, IGrainFactory grains, GrainPersistence persistence, JournalQueries journal, TimeProvider time)
    : IMeetingSeriesGrain, IGrainBase
{
    private readonly Guid id = context.GrainId.GetGuidKey();

    public IGrainContext GrainContext => context;

    public Task OnActivateAsync(CancellationToken token) => Task.CompletedTask;

    public async Task<IReadOnlyList<Guid>> CreateAsync(CreateSeries command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (await store.LoadAsync(id) is not null)
        {
            throw RuleException.Of(MeetingRule.AlreadyExists);
        }

        var zoneId = await meetings.GroupZoneAsync(command.GroupId) ?? throw RuleException.Of(MeetingRule.GroupNotFound);
        _ = WallClock.Zone(zoneId) ?? throw RuleException.Of(MeetingRule.TimeZoneUnknown);
        if (command.Pattern.Problem() is { } problem)
        {
            throw RuleException.Of(problem, "Rule");
        }

        var details = Checked(command.Details);
        var series = new SeriesState(id, command.GroupId, command.Pattern, details, zoneId, 1, time.GetUtcNow());
        var slots = series.PlannedSlots();
        if (slots.Count == 0)
        {
            throw RuleException.Of(MeetingRule.NoOccurrences, "Rule");
        }

        // A rule that moves the first meeting off the date typed is created only once that date has been shown and confirmed.
        if (slots[0] != command.Pattern.FirstDate && command.ConfirmedFirst != slots[0])
        {
            throw RuleException.Of(MeetingRule.FirstDateMoved, "Date");
        }

        var entry = await persistence.CommitAsync(
            MeetingSeriesStore.Insert(series),
            [],
            Entry(series, "created", command.ActorId, $"Series created ({Storage.EnumText.ToText(command.Pattern.Rule)}, {slots.Count} meetings)"));

        // No invitation yet: the facilitator sends it from an occurrence (MeetingGrain.SendInvitationsAsync), and the
        // delivery job renders it once every occurrence exists, so a creation cut short mails nothing half-made.
        return await FinishAsync(series, [], entry);
    }

    public async Task<IReadOnlyList<Guid>> EditRestAsync(EditSeriesFrom command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (series, occurrences) = await SettledAsync();
        var details = Checked(command.Changes);
        var now = time.GetUtcNow();
        var reachable = occurrences.Where(o => o.SeriesSlot >= command.FromSlot && o.StartsUtc > now).ToList();
        if (reachable.FirstOrDefault(o => o.SeriesSlot == command.FromSlot) is { } shown)
        {
            EditVersion.Require(command.ExpectedVersion, shown.EditVersion, "meeting", shown.Id.ToString("D"));
        }

        var next = series with { Details = details, Version = series.Version + 1, Change = SeriesChange.Edited, ChangeFrom = command.FromSlot };
        var entry = await persistence.CommitAsync(
            MeetingSeriesStore.Update(next, series.Version),
            [],
            Entry(series, "rest_edited", command.ActorId, $"Series edited from {WallClock.WriteDate(command.FromSlot)} ({reachable.Count(o => o.FollowsSeriesEdit(now))} meetings)"),

            // Everyone invited hears once, about every meeting the change reached, when it has reached them all.
            new MailRequest(MailRequestKind.SeriesChanged, series.GroupId, id.ToString("D"), next.Version));
        return await FinishAsync(next, occurrences, entry);
    }

    public async Task<IReadOnlyList<Guid>> CancelRestAsync(CancelSeriesFrom command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!command.Confirmed)
        {
            throw RuleException.Of(MeetingRule.NotConfirmed);
        }

        var (series, occurrences) = await SettledAsync();
        var now = time.GetUtcNow();

        // The series ends the day before: nothing after it will be materialised again.
        var until = command.FromSlot.PlusDays(-1);
        var next = series with
        {
            Pattern = series.Pattern with { UntilDate = until < series.Pattern.FirstDate ? series.Pattern.FirstDate : until },
            Version = series.Version + 1,
            Change = SeriesChange.Cancelled,
            ChangeFrom = command.FromSlot,
        };
        var reached = occurrences.Count(o => o.SeriesSlot >= command.FromSlot && o.FollowsSeriesCancel(now));
        var entry = await persistence.CommitAsync(
            MeetingSeriesStore.Update(next, series.Version),
            [],
            Entry(series, "rest_cancelled", command.ActorId, $"Series cancelled from {WallClock.WriteDate(command.FromSlot)} ({reached} meetings)"),
            new MailRequest(MailRequestKind.SeriesCancelled, series.GroupId, id.ToString("D"), next.Version));
        return await FinishAsync(next, occurrences, entry);
    }

    public async Task SettleAsync()
    {
        var (series, _) = await SettledAsync();
        await store.MarkSettledAsync(id, series.Version);
    }

    /// <summary>The series and its occurrences once every occurrence has what the series' current version asks of it.</summary>
    private async Task<(SeriesState Series, IReadOnlyList<MeetingState> Occurrences)> SettledAsync()
    {
        var series = await store.LoadAsync(id) ?? throw RuleException.Of(MeetingRule.SeriesNotFound);
        var occurrences = await store.OccurrencesAsync(id, meetings);
        if (Pending(series, occurrences).Count == 0)
        {
            return (series, occurrences);
        }

        // The change was committed with this entry; it stops short of some occurrences after a failure half-way.
        var entry = await journal.LatestForAsync(series.GroupId, "meeting_series", id.ToString("D"))
            ?? throw new InvalidOperationException($"Series {id} has version {series.Version} but no journal entry.");
        await FinishAsync(series, occurrences, entry);
        return (series, await store.OccurrencesAsync(id, meetings));
    }

    /// <summary>
    /// Asks each occurrence the series' current version has not reached yet, in slot order, then publishes the
    /// series' event (<see cref="SeriesCreated"/> names every meeting, all existing by then). Returns the
    /// ids a creation made (every occurrence) or the occurrences an edit or cancellation changed.
    /// </summary>
    private async Task<IReadOnlyList<Guid>> FinishAsync(SeriesState series, IReadOnlyList<MeetingState> occurrences, JournalEntry entry)
    {
        var changed = new List<Guid>();
        foreach (var (meeting, slot) in Pending(series, occurrences))
        {
            var grain = grains.GetGrain<IMeetingGrain>(meeting);
            var took = series.Change switch
            {
                SeriesChange.Created => await grain.CreateOccurrenceAsync(new CreateOccurrence(series.GroupId, id, slot, series.Details, series.TimeZone, series.Version, entry.Actor)) is not null,
                SeriesChange.Edited => await grain.ApplySeriesChangeAsync(new ApplySeriesChange(id, series.Details, series.Version, entry.Actor)),
                _ => await grain.CancelFromSeriesAsync(new CancelFromSeries(id, series.Version, entry.Actor)),
            };
            if (took)
            {
                changed.Add(meeting);
            }
        }

        await store.MarkSettledAsync(id, series.Version);
        if (series.Change == SeriesChange.Created)
        {
            var existing = occurrences.ToDictionary(o => o.SeriesSlot!.Value, o => o.Id);
            IReadOnlyList<Guid> all = [.. series.PlannedSlots().Select(slot => existing.GetValueOrDefault(slot, OccurrenceId(slot)))];
            await persistence.PublishAsync(entry, new SeriesCreated(series.GroupId, id, all, entry.Seq));
            return all;
        }

        await persistence.PublishAsync(entry, new SeriesChanged(series.GroupId, id, changed, entry.Seq));
        return changed;
    }

    /// <summary>
    /// The occurrences (id and slot) the series' current version has not reached: planned slots without a meeting
    /// after a creation; after an edit or cancellation, those from its slot on still behind that version and still
    /// open to it by the meeting's own rule (the meeting grain checks that rule again when asked).
    /// </summary>
    private List<(Guid Meeting, LocalDate Slot)> Pending(SeriesState series, IReadOnlyList<MeetingState> occurrences)
    {
        if (series.Change == SeriesChange.Created)
        {
            var taken = occurrences.Select(o => o.SeriesSlot!.Value).ToHashSet();
            return [.. series.PlannedSlots().Where(slot => !taken.Contains(slot)).Select(slot => (OccurrenceId(slot), slot))];
        }

        var now = time.GetUtcNow();
        return [.. occurrences
            .Where(o => o.SeriesSlot >= series.ChangeFrom
                && (o.SeriesVersion ?? 0) < series.Version
                && (series.Change == SeriesChange.Edited ? o.FollowsSeriesEdit(now) : o.FollowsSeriesCancel(now)))
            .Select(o => (o.Id, o.SeriesSlot!.Value))];
    }

    /// <summary>The occurrence's id follows from the series and the slot, so asking twice for one slot names one meeting.</summary>
    private Guid OccurrenceId(LocalDate slot)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{id.ToString("D")}/{WallClock.WriteDate(slot)}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // RFC 9562 version 8: name-based, our own hash
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    private static SeriesChanges Checked(SeriesChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.DurationMinutes is <= 0 or > 1440)
        {
            throw RuleException.Of(MeetingRule.DurationInvalid, "Duration");
        }

        // One day's meeting stands in for all: the same title, place and link rules apply to every occurrence.
        var sample = changes.On(default).Normalized();
        if (sample.Problems().FirstOrDefault() is { Field: not null } first)
        {
            throw RuleException.Of(first.Code, first.Field);
        }

        return changes with { Title = sample.Title, Place = sample.Place, OnlineLink = sample.OnlineLink };
    }

    private static NewJournalEntry Entry(SeriesState series, string action, string? actor, string summary) =>
        new(series.GroupId, "meeting_series", series.Id.ToString("D"), action, actor, summary);
}
