using Platform.Web.Meetings;

namespace Platform.Web.Meetings;

public sealed partial class EditMeeting
{
    [Parameter] public Guid GroupId { get; set; }

    [Parameter] public Guid MeetingId { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "edit-meeting")] private MeetingInput? Input { get; set; }

    [SupplyParameterFromForm(FormName = "agenda")] private AgendaInput? Agenda { get; set; }

    private MeetingState? meeting;
    private IReadOnlyList<SeatView> seats = [];
    private IReadOnlyList<BacklogItem> backlog = [];
    private IReadOnlyList<AgendaIncident> incidents = [];

    // Only those who handle the group's cases name incidents on an agenda; for anyone else (an administrator), the
    // incidents do not exist here and the links already made stay as they are.
    private bool linksIncidents;
    private IReadOnlyList<BacklogActionItem> openActions = [];
    private IReadOnlyList<MeetingListItem> overlaps = [];
    private FieldErrors errors = new();
    private ViewerClock clock = ViewerClock.Utc;
    private string? message;
    private string? refusal;
    private string? agendaRefusal;
    private IReadOnlyList<ChangedField>? conflict;
    private IReadOnlyList<ChangedField>? agendaConflict;

    private IMeetingGrain Grain => Grains.GetGrain<IMeetingGrain>(MeetingId);

    private string Actor => HttpContext.User.UserId()!;

    protected override async Task OnInitializedAsync()
    {
        clock = ViewerClock.For(HttpContext.User);
        seats = await Meetings.SeatsAsync(GroupId);
        openActions = await ActionItems.OpenItemsAsync(GroupId);
        var viewer = await IncidentViewers.ViewerAsync(Actor, GroupId, HttpContext.RequestAborted);
        linksIncidents = IncidentAudience.RegisterSightOf(viewer) >= IncidentSight.CaseWithoutPeople;
        incidents = linksIncidents ? await IncidentChains.AgendaChoicesAsync(GroupId, MeetingId) : [];
        await LoadAsync();
    }

    private async Task LoadAsync(bool reset = false)
    {
        meeting = await Grain.GetAsync();
        if (meeting is null)
        {
            return;
        }

        backlog = await Meetings.BacklogAsync(GroupId, meeting.StartsUtc);
        if (reset || Input is null)
        {
            Input = FromMeeting(meeting, Input?.Scope);
        }

        if (reset || Agenda is null)
        {
            Agenda = AgendaForm.From(meeting.Agenda);
            Agenda.Version = meeting.EditVersion;
        }
    }

    private async Task SaveAsync()
    {
        errors = new();
        var details = MeetingFormChecks.Details(Input!, errors, T);
        if (details is null || meeting is null)
        {
            return;
        }

        var following = Input!.Scope == "following" && meeting.SeriesSlot is not null;
        if (!following && !Input.ConfirmOverlap
            && (overlaps = await Scheduling.OverlapsAsync(GroupId, meeting.TimeZone, details, null, MeetingId)).Count > 0)
        {
            return;
        }

        await RunAsync(async () =>
        {
            if (following)
            {
                var minutes = (int)(details.Ends - details.Starts).ToDuration().TotalMinutes;
                var changes = new SeriesChanges(details.Title, details.Starts.TimeOfDay, minutes, details.Place, details.OnlineLink);
                var changed = await Grains.GetGrain<IMeetingSeriesGrain>(meeting.SeriesId!.Value).EditRestAsync(new EditSeriesFrom(meeting.SeriesSlot!.Value, changes, Actor, Input.Version));

                // The series leaves this one alone when it was edited on its own or has started; the person asked for it too.
                if (!changed.Contains(MeetingId))
                {
                    await Grain.EditAsync(new Platform.Grains.Meetings.EditMeeting(details, Actor, Input.Version));
                }
            }
            else
            {
                await Grain.EditAsync(new Platform.Grains.Meetings.EditMeeting(details, Actor, Input.Version));
            }

            message = T["Meeting.Saved"];
        });
    }

    private async Task SaveAgendaAsync()
    {
        var lines = AgendaForm.Lines(Agenda!, MeetingScheduling.Carried(backlog, Agenda!.Carry));
        if (!linksIncidents)
        {
            lines = [.. lines.Select(l => l with { IncidentId = meeting?.Agenda.FirstOrDefault(a => a.Id == l.Id)?.IncidentId })];
        }

        try
        {
            await Grain.SetAgendaAsync(new SetAgenda(lines, Actor, Agenda.Version));
            message = T["Agenda.Saved"];
            await LoadAsync(reset: true);
        }
        catch (EditConflictException)
        {
            var typed = Agenda;
            await LoadAsync(reset: true);
            agendaConflict = EditConflicts.Between(typed, Agenda!, T);
            Agenda = AgendaForm.Merged(typed, Agenda!);
        }
        catch (RuleException<MeetingRule> e)
        {
            agendaRefusal = Refusals.Message(T, e.Code);
        }
    }

    private async Task RunAsync(Func<Task> command)
    {
        try
        {
            await command();
            await LoadAsync(reset: true);
        }
        catch (RuleException<MeetingRule> e)
        {
            refusal = Refusals.Place(e, MeetingFormChecks.FieldOf(e.Field), errors, T);
        }
        catch (EditConflictException)
        {
            var typed = Input!;
            await LoadAsync(reset: true);
            conflict = EditConflicts.Between(typed, Input!, T);
            typed.Version = Input!.Version;
            Input = typed;
        }
        catch (ConcurrencyConflictException)
        {
            refusal = Refusals.Message(T, MeetingRule.Conflict);
        }
    }

    private static MeetingInput FromMeeting(MeetingState m, string? scope) => new()
    {
        Version = m.EditVersion,
        Title = m.Details.Title,
        Date = ViewerClock.Machine(m.Details.Starts.Date),
        StartTime = ViewerClock.Machine(m.Details.Starts.TimeOfDay),
        EndTime = ViewerClock.Machine(m.Details.Ends.TimeOfDay),
        Place = m.Details.Place,
        OnlineLink = m.Details.OnlineLink,
        Scope = scope ?? "this",
    };
}
