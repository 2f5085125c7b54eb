using Platform.Web.Meetings;
using Platform.Messages.Meetings;

namespace Platform.Web.Meetings;

/// <summary>
/// The invitation preview: the mail as the facilitator would receive it, how many people it goes to, and the two ways
/// to send it (now, or at a time they choose). Every send passes the meeting grain, which refuses a second one.
/// </summary>
public sealed partial class InvitationsPage
{
    private static readonly IReadOnlyList<KeyValuePair<string, string>> PlanFieldIds =
        [new("Plan.Date", "plan-date"), new("Plan.Time", "plan-time")];

    [Parameter] public Guid GroupId { get; set; }

    [Parameter] public Guid MeetingId { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "plan-invitations")] private InvitationPlanInput? Plan { get; set; }

    [Inject] private IGrainFactory Grains { get; set; } = default!;

    [Inject] private MeetingStore Store { get; set; } = default!;

    [Inject] private MeetingQueries Meetings { get; set; } = default!;

    [Inject] private MeetingInvitations Invitations { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private MeetingState? meeting;
    private DateTimeOffset? invitedAt;
    private InvitationPreviewMail? preview;
    private ViewerClock clock = ViewerClock.Utc;
    private FieldErrors errors = new();
    private string? refusal;

    private string MeetingPath => $"/groups/{GroupId}/meetings/{MeetingId}";

    /// <summary>Invitations can still go: the meeting is scheduled and not over.</summary>
    private bool Open => meeting is { Status: MeetingStatus.Scheduled } m && m.EndsUtc > Time.GetUtcNow();

    private IMeetingGrain Grain => Grains.GetGrain<IMeetingGrain>(MeetingId);

    protected override async Task OnInitializedAsync()
    {
        // Before the first await: the page renders once while the grain call is in flight.
        Plan ??= new();
        clock = ViewerClock.For(HttpContext.User);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        meeting = await Grain.GetAsync();

        // The policy admitted a facilitator of GroupId; a meeting of another group does not exist here.
        if (meeting is null || meeting.GroupId != GroupId)
        {
            meeting = null;
            return;
        }

        invitedAt = await Store.InvitedAtAsync(meeting);
        if (invitedAt is null && Open)
        {
            preview = await Invitations.PreviewAsync(meeting, await ReaderAsync());
        }
    }

    /// <summary>The facilitator as a recipient: their own seat when they hold one, else their language and clock.</summary>
    private async Task<Invitee> ReaderAsync()
    {
        var userId = HttpContext.User.UserId() ?? "";
        var seated = (await Meetings.InviteesAsync(GroupId)).FirstOrDefault(i => i.UserId == userId);
        return seated ?? new Invitee(userId, "", "", CultureInfo.CurrentUICulture.Name, clock.ZoneId);
    }

    private Task SendAsync() => RunAsync(actor => Grain.SendInvitationsAsync(new SendInvitations(actor)), leave: true);

    private Task UnplanAsync() => RunAsync(actor => Grain.PlanInvitationsAsync(new PlanInvitations(null, actor)), leave: false);

    private async Task PlanAsync()
    {
        errors = new();
        if (MeetingFormChecks.PlannedAt(Plan!, clock, errors, T) is { } at)
        {
            await RunAsync(actor => Grain.PlanInvitationsAsync(new PlanInvitations(at, actor)), leave: false);
        }
    }

    private async Task RunAsync(Func<string, Task<MeetingState>> command, bool leave)
    {
        if (meeting is null || HttpContext.User.UserId() is not { } actor)
        {
            return;
        }

        try
        {
            await command(actor);
        }
        catch (RuleException<MeetingRule> e)
        {
            // Only the plan's time is a field here (too early, or after the start): beside the date, the form as typed.
            // Anything else means the meeting moved on (sent, cancelled, over): said at the top, over the page as it is now.
            refusal = Refusals.Place(e, e.Field is null ? null : "Plan.Date", errors, T);
            if (refusal is not null)
            {
                await LoadAsync();
            }

            return;
        }
        catch (ConcurrencyConflictException)
        {
            refusal = Refusals.Message(T, MeetingRule.Conflict);
            await LoadAsync();
            return;
        }

        // Sent: back to the meeting, which says so. Planned or called off: this page again, showing the plan (and the
        // form empty, so the next post is not mistaken for this one).
        Navigation.NavigateTo(leave ? MeetingPath : $"{MeetingPath}/invitations");
    }
}
