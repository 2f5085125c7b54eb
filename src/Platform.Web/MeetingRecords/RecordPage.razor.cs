using Platform.Web.MeetingRecords;

namespace Platform.Web.MeetingRecords;

/// <summary>
/// The published record, as the viewer may read it (restricted parts are removed by the query, not here), with
/// acknowledgement for participants and, for facilitators, who has acknowledged and a link to correct it.
/// </summary>
public sealed partial class RecordPage
{
    [Parameter] public Guid GroupId { get; set; }

    [Parameter] public Guid MeetingId { get; set; }

    [SupplyParameterFromQuery(Name = "revision")] private string? RevisionQuery { get; set; }

    /// <summary>The revision asked for; a value that is not a revision number shows the latest.</summary>
    private int? RevisionWanted { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private IGrainFactory Grains { get; set; } = default!;

    [Inject] private GroupAccess Access { get; set; } = default!;

    [Inject] private MeetingRecordQueries Queries { get; set; } = default!;

    [Inject] private ParticipationQueries Participation { get; set; } = default!;

    [Inject] private Platform.Grains.ActionItems.ActionItemQueries ActionItems { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "acknowledge")] private AcknowledgeInput? Acknowledge { get; set; }

    private RecordView? view;
    private Platform.Grains.Journal.JournalHead? journalHead;
    private ParticipationFigures? figures;
    private IReadOnlyList<AcknowledgementView> acknowledgements = [];
    private IReadOnlyList<PartChange>? changes;
    private IReadOnlyDictionary<Guid, Guid> actions = new Dictionary<Guid, Guid>();
    private FieldErrors errors = new();
    private string title = "";
    private bool canFacilitate;
    private bool canContribute;
    private bool participant;
    private DateTimeOffset? acknowledgedAt;
    private string? message;
    private string? refusal;

    private IMeetingRecordGrain Grain => Grains.GetGrain<IMeetingRecordGrain>(MeetingId);

    private string UserId => HttpContext.User.UserId()!;

    // The General section's agenda item row has the meeting's own id (migration 0027).
    private string NewActionLink(Guid? itemId, SnapshotOutcome outcome) =>
        ActionLinks.FromOutcome(GroupId, MeetingId, outcome.Id, itemId ?? MeetingId, outcome.Text);

    private string? ActionLink(SnapshotOutcome outcome) =>
        actions.TryGetValue(outcome.Id, out var itemId) ? ActionLinks.Item(GroupId, itemId) : null;

    private string RecordPath => $"/groups/{GroupId}/meetings/{MeetingId}/record";

    private bool IsLatest => view is not null && view.Revision == view.LatestRevision;

    protected override async Task OnInitializedAsync()
    {
        Acknowledge ??= new();
        RevisionWanted = Platform.Web.Forms.QueryValue.Positive(RevisionQuery);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var standing = await Access.StandingAsync(UserId, GroupId);

        // Only decides what to show; the page's policy already let this viewer in.
        canFacilitate = standing.Allows(GroupAction.Facilitate);
        canContribute = standing.Allows(GroupAction.Contribute);
        title = (await Grain.GetAsync())?.Title ?? "";
        view = await Queries.RecordAsync(MeetingId, RevisionWanted, standing);
        if (view is null)
        {
            return;
        }

        // Both revisions come through the same query with the same standing, so a restricted part is left out of both.
        changes = view.Revision > 1 && await Queries.RecordAsync(MeetingId, view.Revision - 1, standing) is { } previous
            ? RecordDiff.Between(previous.Snapshot, view.Snapshot, T)
            : null;
        journalHead = await Queries.PublicationHeadAsync(GroupId, MeetingId, view.Revision);
        figures = await Participation.ForMeetingAsync(MeetingId);
        actions = await ActionItems.FromOutcomesAsync(MeetingId);
        acknowledgements = await Queries.AcknowledgementsAsync(MeetingId, view.LatestRevision);
        var mine = acknowledgements.FirstOrDefault(a => a.UserId == UserId);
        participant = mine is not null;
        acknowledgedAt = mine?.AcknowledgedAt;
    }

    private ViewerClock Clock => ViewerClock.For(HttpContext.User);

    private string When(DateTimeOffset utc) => Clock.Brief(utc);

    private async Task AcknowledgeAsync()
    {
        if (await RunAsync("Acknowledge", () => Grain.AcknowledgeAsync(new AcknowledgeRecord(UserId, Acknowledge!.Revision))))
        {
            message = T["Record.AcknowledgedNow"];
        }
    }

    private async Task<bool> RunAsync(string prefix, Func<Task<MeetingRecordState>> command)
    {
        errors = new();
        try
        {
            await command();
            RevisionWanted = null;
            await LoadAsync();
            return true;
        }
        catch (RuleException<RecordRule> e)
        {
            refusal = Refusals.Place(e, RecordFormChecks.FieldOf(e.Code, prefix), errors, T);
        }
        catch (ConcurrencyConflictException)
        {
            refusal = Refusals.Message(T, RecordRule.Conflict);
        }

        return false;
    }
}
