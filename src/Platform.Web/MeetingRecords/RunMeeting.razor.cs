using Platform.Web.MeetingRecords;

namespace Platform.Web.MeetingRecords;

/// <summary>The facilitator runs the meeting: attendance, agenda progress, notes, outcomes, then goes to publishing (a confirmation page).</summary>
public sealed partial class RunMeeting
{
    [Parameter] public Guid GroupId { get; set; }

    [Parameter] public Guid MeetingId { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private IGrainFactory Grains { get; set; } = default!;

    [Inject] private WorkingGroupQueries GroupQueries { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [Inject] private MeetingQueries Meetings { get; set; } = default!;

    [Inject] private Platform.Grains.ActionItems.ActionItemQueries ActionItemQueries { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>What the last save was (after its redirect), named by a fixed key so the address cannot choose any text.</summary>
    [SupplyParameterFromQuery(Name = "saved")] private string? Saved { get; set; }

    [SupplyParameterFromForm(FormName = "attendance")] private AttendanceInput? Attendance { get; set; }

    [SupplyParameterFromForm(FormName = "add-guest")] private GuestInput? Guest { get; set; }

    [SupplyParameterFromForm(FormName = "agenda")] private AgendaInput? Agenda { get; set; }

    [SupplyParameterFromForm(FormName = "add-note")] private NoteInput? Note { get; set; }

    [SupplyParameterFromForm(FormName = "add-outcome")] private OutcomeInput? Outcome { get; set; }

    [SupplyParameterFromForm(FormName = "edit-part")] private PartEditInput? Edit { get; set; }

    private static readonly Dictionary<string, string> SavedMessages = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["attendance"] = "Run.AttendanceSaved",
        ["guest"] = "Run.GuestAdded",
        ["agenda"] = "Run.AgendaSaved",
        ["note"] = "Run.NoteAdded",
        ["outcome"] = "Run.OutcomeAdded",
        ["edit"] = "Run.Edited",
    };

    private MeetingRecordState? record;
    private IReadOnlyList<MemberView> members = [];
    private IReadOnlyDictionary<string, ResponseView> answers = new Dictionary<string, ResponseView>();
    private IReadOnlyDictionary<Guid, Guid> actionItems = new Dictionary<Guid, Guid>();
    private IReadOnlyList<(Guid Id, string Label)> parts = [];
    private FieldErrors errors = new();
    private string? message;
    private string? refusal;
    private ViewerClock clock = ViewerClock.Utc;

    private IMeetingRecordGrain Grain => Grains.GetGrain<IMeetingRecordGrain>(MeetingId);

    private string ActorId => HttpContext.User.UserId()!;

    /// <summary>Before its start a meeting has nothing to record: the page says from when instead of offering the forms.</summary>
    private bool NotStarted => record is { } r && r.When.StartsUtc > Time.GetUtcNow();

    private string RecordPath => $"/groups/{GroupId}/meetings/{MeetingId}/record";

    private string RunPath => $"/groups/{GroupId}/meetings/{MeetingId}/run";

    protected override async Task OnInitializedAsync()
    {
        Attendance ??= new();
        Guest ??= new();
        Agenda ??= new();
        Note ??= new();
        Outcome ??= new() { Kind = "decision" };
        Edit ??= new();
        clock = ViewerClock.For(HttpContext.User);
        members = await GroupQueries.MembersAsync(GroupId);
        answers = (await Meetings.ResponsesAsync(MeetingId)).ToDictionary(a => a.UserId, StringComparer.Ordinal);
        actionItems = await ActionItemQueries.FromOutcomesAsync(MeetingId);
        message = Saved is not null && SavedMessages.TryGetValue(Saved, out var key) ? T[key].Value : null;
        Show(await Grain.GetAsync());
    }

    private void Show(MeetingRecordState? state)
    {
        record = state;
        parts = state is null ? [] : RecordParts.Of(state, T);
    }

    private async Task RecordAttendanceAsync()
    {
        var rows = Attendance!.Rows
            .Where(r => EnumText.TryParse<AttendanceStatus>(r.Status, out _))
            .Select(r => new MemberAttendance(r.UserId, EnumText.Parse<AttendanceStatus>(r.Status)))
            .ToList();
        if (await RunAsync("Attendance", () => Grain.RecordAttendanceAsync(new RecordAttendance(rows, [], ActorId))))
        {
            Return("attendance", "item-attendance");
        }
    }

    /// <summary>One press records every member seated in the group as present (guests keep what they have).</summary>
    private async Task MarkAllPresentAsync()
    {
        var rows = members.Select(m => new MemberAttendance(m.UserId, AttendanceStatus.Present)).ToList();
        if (await RunAsync("Attendance", () => Grain.RecordAttendanceAsync(new RecordAttendance(rows, [], ActorId))))
        {
            Return("attendance", "item-attendance");
        }
    }

    private async Task AddGuestAsync()
    {
        var status = EnumText.TryParse<AttendanceStatus>(Guest!.Status, out var parsed) ? parsed : AttendanceStatus.Present;
        if (await RunAsync("Guest", () => Grain.RecordAttendanceAsync(new RecordAttendance([], [new(Guest.Name, Guest.Organisation, status)], ActorId))))
        {
            Return("guest", "item-guests");
        }
    }

    private async Task MarkAgendaAsync()
    {
        foreach (var row in Agenda!.Rows)
        {
            var wanted = row.Status switch { "reached" => true, "not_reached" => false, _ => (bool?)null };
            var current = record?.Agenda.FirstOrDefault(a => a.Id.ToString() == row.ItemId)?.Status;
            if (wanted is not { } reached || !Guid.TryParse(row.ItemId, out var itemId) || current == (reached ? AgendaItemStatus.Reached : AgendaItemStatus.NotReached))
            {
                continue;
            }

            if (!await RunAsync("Agenda", () => Grain.MarkAgendaItemAsync(new MarkAgendaItem(itemId, reached, ActorId))))
            {
                return;
            }
        }

        Return("agenda", "item-agenda");
    }

    private async Task AddNoteAsync()
    {
        var item = Guid.TryParse(Note!.AgendaItemId, out var parsed) ? parsed : Guid.Empty;
        if (await RunAsync("Note", () => Grain.AddNoteAsync(new AddNote(item, Note.Text, Note.Restricted, ActorId))))
        {
            Return("note", Anchor(item));
        }
    }

    private async Task AddOutcomeAsync()
    {
        var item = Guid.TryParse(Outcome!.AgendaItemId, out var parsed) ? parsed : Guid.Empty;
        var kind = EnumText.TryParse<OutcomeKind>(Outcome.Kind, out var k) ? k : (OutcomeKind)(-1);
        if (await RunAsync("Outcome", () => Grain.AddOutcomeAsync(new AddOutcome(item, kind, Outcome.Text, Outcome.Restricted, ActorId))))
        {
            Return("outcome", Anchor(item));
        }
    }

    private async Task EditAsync()
    {
        var id = Guid.TryParse(Edit!.PartId, out var parsed) ? parsed : Guid.Empty;
        var note = record?.Notes.FirstOrDefault(n => n.Id == id);
        var item = note?.AgendaItemId ?? record?.Outcomes.FirstOrDefault(o => o.Id == id)?.AgendaItemId;
        var done = note is not null
            ? await RunAsync("Edit", () => Grain.EditNoteAsync(new EditNote(id, Edit.Text, Edit.Restricted, ActorId)))
            : await RunAsync("Edit", () => Grain.EditOutcomeAsync(new EditOutcome(id, Edit.Text, Edit.Restricted, ActorId)));
        if (done)
        {
            Return("edit", item is { } changed ? Anchor(changed) : "item-agenda");
        }
    }

    /// <summary>Where a section's parts are on the page: an agenda item's article, or the General section.</summary>
    private string Anchor(Guid item) => item == MeetingId ? "item-general" : $"item-{item}";

    /// <summary>
    /// Post/redirect/get back to the section just saved (issue 15): a long page opens where the facilitator was, not at
    /// its top, and reloading does not post again.
    /// </summary>
    private void Return(string saved, string anchor) => Navigation.NavigateTo($"{RunPath}?saved={saved}#{anchor}");

    private async Task<bool> RunAsync(string prefix, Func<Task<MeetingRecordState>> command)
    {
        errors = new();
        try
        {
            Show(await command());
            return true;
        }
        catch (RuleException<RecordRule> e) when (e.Code == RecordRule.NotStarted && record is not null)
        {
            refusal = T["RecordRule.NotStarted", $"{clock.Full(record.When.StartsUtc)} ({clock.ZoneName})"];
        }
        catch (RuleException<RecordRule> e)
        {
            refusal = Refusals.Place(e, RecordFormChecks.FieldOf(e.Code, prefix), errors, T);
        }
        catch (ConcurrencyConflictException)
        {
            refusal = Refusals.Message(T, RecordRule.Conflict);
            Show(await Grain.GetAsync());
        }

        return false;
    }
}
