namespace Platform.Grains.MeetingRecords;

/// <summary>
/// Keeps one meeting's record: attendance, notes, outcomes, agenda progress while a draft; read-only once published,
/// changed only by corrections that add a revision. Each command writes the versioned meeting_record row, the rows
/// it touches and one journal entry in one transaction, then publishes its event.
/// </summary>
public sealed partial class MeetingRecordGrain(IGrainContext context, MeetingRecordStore store, GrainPersistence persistence, TimeProvider time)
    : IMeetingRecordGrain, IGrainBase
{
    /// <summary>Long enough for a careful note, short enough for a phone screen and a printed page.</summary>
    public const int MaxTextLength = 4000;

    public const int MaxNameLength = 200;

    private readonly Guid id = context.GrainId.GetGuidKey();

    public IGrainContext GrainContext => context;

    // Nothing is held between turns: see GetAsync.
    public Task OnActivateAsync(CancellationToken token) => Task.CompletedTask;

    /// <summary>
    /// The record as stored now. Title, time and agenda belong to the meeting and change under the record, so every
    /// read and every command starts from the rows, never from what this grain loaded earlier.
    /// </summary>
    public Task<MeetingRecordState?> GetAsync() => store.LoadAsync(id);

    public async Task<MeetingRecordState> AddNoteAsync(AddNote command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await RunningAsync();
        var general = RequireItem(current, command.AgendaItemId);
        var restricted = command.Restricted || await store.TakesUpIncidentAsync(command.AgendaItemId);
        var note = new NoteEntry(Guid.NewGuid(), command.AgendaItemId, Text(command.Text), restricted, time.GetUtcNow());
        var next = Next(current) with { Notes = [.. current.Notes, note], HasGeneralSection = current.HasGeneralSection || general };
        var where = general ? " under General" : "";
        return await CommitAsync(current, next, Section(current, general, MeetingRecordStore.NewNote(id, note)), general ? "general_note_added" : "note_added", command.ActorId,
            (restricted ? "Restricted note added" : "Note added") + where);
    }

    public async Task<MeetingRecordState> EditNoteAsync(EditNote command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await RunningAsync();
        var note = current.Notes.FirstOrDefault(n => n.Id == command.NoteId) ?? throw RuleException.Of(RecordRule.NoteUnknown);
        var changed = note with { Text = Text(command.Text), Restricted = Kept(note.Restricted, command.Restricted) };
        var next = Next(current) with { Notes = [.. current.Notes.Select(n => n == note ? changed : n)] };
        return await CommitAsync(current, next, [MeetingRecordStore.ChangedNote(id, changed)], "note_edited", command.ActorId, "Note edited");
    }

    public async Task<MeetingRecordState> AddOutcomeAsync(AddOutcome command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await RunningAsync();
        var general = RequireItem(current, command.AgendaItemId);
        if (!Enum.IsDefined(command.Kind))
        {
            throw RuleException.Of(RecordRule.KindInvalid);
        }

        int? number = command.Kind == OutcomeKind.Decision ? current.NextDecisionNumber : null;
        var restricted = command.Restricted || await store.TakesUpIncidentAsync(command.AgendaItemId);
        var outcome = new OutcomeEntry(Guid.NewGuid(), command.AgendaItemId, command.Kind, number, Text(command.Text), restricted, time.GetUtcNow());
        var next = Next(current) with { Outcomes = [.. current.Outcomes, outcome], HasGeneralSection = current.HasGeneralSection || general };
        var summary = (number is { } n ? $"Decision {n} recorded" : $"Outcome recorded ({EnumText.ToText(command.Kind)})") + (general ? " under General" : "");
        var action = general ? "general_outcome_added" : "outcome_added";
        var committed = await CommitAsync<JournalledEvent>(current, next, Section(current, general, MeetingRecordStore.NewOutcome(id, outcome)), action, command.ActorId, summary,
            entry => command.Kind == OutcomeKind.FollowUp
                ? new FollowUpRecorded(next.GroupId, id, outcome.Id, outcome.AgendaItemId, outcome.Text, command.ActorId, entry.Seq)
                : new RecordDraftChanged(next.GroupId, id, action, entry.Seq));
        return committed;
    }

    public async Task<MeetingRecordState> EditOutcomeAsync(EditOutcome command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await RunningAsync();
        var outcome = current.Outcomes.FirstOrDefault(o => o.Id == command.OutcomeId) ?? throw RuleException.Of(RecordRule.OutcomeUnknown);
        var changed = outcome with { Text = Text(command.Text), Restricted = Kept(outcome.Restricted, command.Restricted) };
        var next = Next(current) with { Outcomes = [.. current.Outcomes.Select(o => o == outcome ? changed : o)] };
        return await CommitAsync(current, next, [MeetingRecordStore.ChangedOutcome(id, changed)], "outcome_edited", command.ActorId, "Outcome edited");
    }

    public async Task<MeetingRecordState> MarkAgendaItemAsync(MarkAgendaItem command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await RunningAsync();
        var item = current.Agenda.FirstOrDefault(a => a.Id == command.AgendaItemId) ?? throw RuleException.Of(RecordRule.AgendaItemUnknown);
        var changed = item with { Status = command.Reached ? AgendaItemStatus.Reached : AgendaItemStatus.NotReached };
        var next = Next(current) with { Agenda = [.. current.Agenda.Select(a => a == item ? changed : a)] };
        return await CommitAsync(current, next, [MeetingRecordStore.AgendaStatus(id, changed)], "agenda_item_marked", command.ActorId,
            $"Agenda item {item.Position} marked {EnumText.ToText(changed.Status)}");
    }

    private async Task<MeetingRecordState> ExistingAsync() => await GetAsync() ?? throw RuleException.Of(RecordRule.MeetingNotFound);

    /// <summary>The record while it may still be edited directly; once published only a correction changes it.</summary>
    private async Task<MeetingRecordState> DraftAsync()
    {
        var current = await ExistingAsync();
        return current.IsPublished ? throw RuleException.Of(RecordRule.Published) : current;
    }

    /// <summary>
    /// The draft of a meeting that has started: before then nothing happened to record, so attendance, notes, outcomes,
    /// agenda marks and publishing are refused on every path (the run page, a hand-made post, an import).
    /// </summary>
    private async Task<MeetingRecordState> RunningAsync()
    {
        var current = await DraftAsync();
        return current.When.StartsUtc > time.GetUtcNow() ? throw RuleException.Of(RecordRule.NotStarted) : current;
    }

    private static MeetingRecordState Next(MeetingRecordState current) => current with { Version = current.Version + 1 };

    /// <summary>
    /// The item must be on the meeting's agenda or be its General section (issue 15: notes and outcomes outside the
    /// agenda, with or without one). True for the General section.
    /// </summary>
    private static bool RequireItem(MeetingRecordState current, Guid agendaItemId)
    {
        if (current.IsGeneral(agendaItemId))
        {
            return true;
        }

        return current.Agenda.Any(a => a.Id == agendaItemId) ? false : throw RuleException.Of(RecordRule.AgendaItemUnknown);
    }

    /// <summary>The part's write, after the General section's row when this is the first part recorded under it.</summary>
    private List<StateWrite> Section(MeetingRecordState current, bool general, StateWrite part) =>
        general && !current.HasGeneralSection ? [MeetingRecordStore.GeneralSection(id, time.GetUtcNow()), part] : [part];

    /// <summary>
    /// Issue 11: an edit or correction keeps a restricted part restricted, whatever the caller sends; it may add a
    /// restriction but never drop one. Only <see cref="LiftRestrictionAsync"/> lifts it.
    /// </summary>
    private static bool Kept(bool wasRestricted, bool requested) => wasRestricted || requested;

    private static string Text(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        return trimmed.Length switch
        {
            0 => throw RuleException.Of(RecordRule.TextRequired),
            > MaxTextLength => throw RuleException.Of(RecordRule.TextTooLong),
            _ => trimmed,
        };
    }

    private Task<MeetingRecordState> CommitAsync(MeetingRecordState current, MeetingRecordState next, IReadOnlyList<StateWrite> related, string action, string actor, string summary) =>
        CommitAsync(current, next, related, action, actor, summary, entry => new RecordDraftChanged(next.GroupId, id, action, entry.Seq));

    /// <summary>Commits and publishes; a stale version throws, and the next command starts from the rows again.</summary>
    private async Task<MeetingRecordState> CommitAsync<TEvent>(
        MeetingRecordState current, MeetingRecordState next, IReadOnlyList<StateWrite> related, string action, string actor, string summary, Func<JournalEntry, TEvent> toEvent, MailRequest? mail = null)
        where TEvent : JournalledEvent
    {
        var entry = new NewJournalEntry(current.GroupId, "meeting_record", id.ToString("D"), action, actor, summary);
        await persistence.CommitAndPublishAsync(MeetingRecordStore.Record(next, current.Version, time.GetUtcNow()), related, entry, mail, toEvent);
        return next;
    }
}
