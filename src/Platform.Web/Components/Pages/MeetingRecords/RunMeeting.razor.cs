using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Orleans;
using Platform.Grains.MeetingRecords;
using Platform.Grains.Meetings;
using Platform.Grains.Persistence;
using Platform.Grains.Storage;
using Platform.Grains.WorkingGroups;
using Platform.Web.Accounts;
using Platform.Web.Localization;
using Platform.Web.MeetingRecords;
using Platform.Web.WorkingGroups;

namespace Platform.Web.Components.Pages.MeetingRecords;

/// <summary>The facilitator runs the meeting: attendance, agenda progress, notes, outcomes, then goes to publishing (a confirmation page).</summary>
public sealed partial class RunMeeting
{
    [Parameter] public Guid GroupId { get; set; }

    [Parameter] public Guid MeetingId { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private IGrainFactory Grains { get; set; } = default!;

    [Inject] private WorkingGroupQueries GroupQueries { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "attendance")] private AttendanceInput? Attendance { get; set; }

    [SupplyParameterFromForm(FormName = "add-guest")] private GuestInput? Guest { get; set; }

    [SupplyParameterFromForm(FormName = "agenda")] private AgendaInput? Agenda { get; set; }

    [SupplyParameterFromForm(FormName = "add-note")] private NoteInput? Note { get; set; }

    [SupplyParameterFromForm(FormName = "add-outcome")] private OutcomeInput? Outcome { get; set; }

    [SupplyParameterFromForm(FormName = "edit-part")] private PartEditInput? Edit { get; set; }

    private MeetingRecordState? record;
    private IReadOnlyList<MemberView> members = [];
    private IReadOnlyList<AttendanceEntry> guests = [];
    private IReadOnlyList<(Guid Id, string Label)> parts = [];
    private FieldErrors errors = new();
    private string? message;
    private string? refusal;
    private ViewerClock clock = ViewerClock.Utc;

    private IMeetingRecordGrain Grain => Grains.GetGrain<IMeetingRecordGrain>(MeetingId);

    private string ActorId => ViewerTime.UserId(HttpContext.User)!;

    /// <summary>Before its start a meeting has nothing to record: the page says from when instead of offering the forms.</summary>
    private bool NotStarted => record is { } r && r.When.StartsUtc > Time.GetUtcNow();

    private string RecordPath => $"/groups/{GroupId}/meetings/{MeetingId}/record";

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
        Show(await Grain.GetAsync());
    }

    private void Show(MeetingRecordState? state)
    {
        record = state;
        guests = state is null ? [] : [.. state.Attendance.Where(a => a.UserId is null)];
        parts = state is null ? [] : RecordParts.Of(state, T);
    }

    private AttendanceStatus? StatusOf(string userId) => record?.Attendance.FirstOrDefault(a => a.UserId == userId)?.Status;

    private async Task RecordAttendanceAsync()
    {
        var rows = Attendance!.Rows
            .Where(r => EnumText.TryParse<AttendanceStatus>(r.Status, out _))
            .Select(r => new MemberAttendance(r.UserId, EnumText.Parse<AttendanceStatus>(r.Status)))
            .ToList();
        await RunAsync("Attendance", () => Grain.RecordAttendanceAsync(new RecordAttendance(rows, [], ActorId)), "Run.AttendanceSaved");
    }

    private async Task AddGuestAsync()
    {
        var status = EnumText.TryParse<AttendanceStatus>(Guest!.Status, out var parsed) ? parsed : AttendanceStatus.Present;
        if (await RunAsync("Guest", () => Grain.RecordAttendanceAsync(new RecordAttendance([], [new(Guest.Name, Guest.Organisation, status)], ActorId)), "Run.GuestAdded"))
        {
            Guest = new();
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

            if (!await RunAsync("Agenda", () => Grain.MarkAgendaItemAsync(new MarkAgendaItem(itemId, reached, ActorId)), "Run.AgendaSaved"))
            {
                return;
            }
        }

        message ??= T["Run.AgendaSaved"];
    }

    private async Task AddNoteAsync()
    {
        var item = Guid.TryParse(Note!.AgendaItemId, out var parsed) ? parsed : Guid.Empty;
        if (await RunAsync("Note", () => Grain.AddNoteAsync(new AddNote(item, Note.Text, Note.Restricted, ActorId)), "Run.NoteAdded"))
        {
            Note = new() { AgendaItemId = Note.AgendaItemId };
        }
    }

    private async Task AddOutcomeAsync()
    {
        var item = Guid.TryParse(Outcome!.AgendaItemId, out var parsed) ? parsed : Guid.Empty;
        var kind = EnumText.TryParse<OutcomeKind>(Outcome.Kind, out var k) ? k : (OutcomeKind)(-1);
        if (await RunAsync("Outcome", () => Grain.AddOutcomeAsync(new AddOutcome(item, kind, Outcome.Text, Outcome.Restricted, ActorId)), "Run.OutcomeAdded"))
        {
            Outcome = new() { AgendaItemId = Outcome.AgendaItemId, Kind = Outcome.Kind };
        }
    }

    private async Task EditAsync()
    {
        var id = Guid.TryParse(Edit!.PartId, out var parsed) ? parsed : Guid.Empty;
        var isNote = record?.Notes.Any(n => n.Id == id) == true;
        var done = isNote
            ? await RunAsync("Edit", () => Grain.EditNoteAsync(new EditNote(id, Edit.Text, Edit.Restricted, ActorId)), "Run.Edited")
            : await RunAsync("Edit", () => Grain.EditOutcomeAsync(new EditOutcome(id, Edit.Text, Edit.Restricted, ActorId)), "Run.Edited");
        if (done)
        {
            Edit = new();
        }
    }

    private async Task<bool> RunAsync(string prefix, Func<Task<MeetingRecordState>> command, string success)
    {
        errors = new();
        try
        {
            Show(await command());
            message = T[success];
            return true;
        }
        catch (RecordRuleException e) when (e.Code == "NotStarted" && record is not null)
        {
            refusal = T["RecordRule.NotStarted", $"{clock.Full(record.When.StartsUtc)} ({clock.ZoneName})"];
        }
        catch (RecordRuleException e)
        {
            refusal = RecordFormChecks.Place(e, prefix, errors, T);
        }
        catch (ConcurrencyConflictException)
        {
            refusal = RecordFormChecks.Message(T, "Conflict");
            Show(await Grain.GetAsync());
        }

        return false;
    }
}
