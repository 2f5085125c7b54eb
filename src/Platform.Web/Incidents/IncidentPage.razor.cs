using Platform.Web.Incidents;

namespace Platform.Web.Incidents;

/// <summary>
/// One incident, cut to the viewer's sight (404 below SharedSummary), with the workflow forms for case handlers. The
/// sealed values are opened only for Details; identities only through the "show identities" POST, shown on its response.
/// </summary>
public sealed partial class IncidentPage
{
    private IncidentState? state;
    private IncidentSight sight;
    private IncidentDetails? details;
    private bool handles;
    private IReadOnlyDictionary<string, string> names = new Dictionary<string, string>();
    private IReadOnlyList<IncidentAuthority> authorities = [];
    private readonly FieldErrors errors = new();
    private string? refusal;
    private bool conflict;

    [Inject] private IGrainFactory Grains { get; set; } = default!;

    [Inject] private IncidentQueries Incidents { get; set; } = default!;

    [Inject] private IncidentChainQueries Chains { get; set; } = default!;

    private IncidentChain? chain;

    [Inject] private WorkingGroupQueries Groups { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter] public Guid GroupId { get; set; }

    [Parameter] public Guid IncidentId { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "assess")] private StepInput? Assess { get; set; }

    [SupplyParameterFromForm(FormName = "share")] private StepInput? Share { get; set; }

    [SupplyParameterFromForm(FormName = "refer")] private StepInput? Refer { get; set; }

    [SupplyParameterFromForm(FormName = "answer")] private StepInput? Answer { get; set; }

    [SupplyParameterFromForm(FormName = "remediate")] private StepInput? Remediate { get; set; }

    [SupplyParameterFromForm(FormName = "close")] private StepInput? Close { get; set; }

    [SupplyParameterFromForm(FormName = "reopen")] private StepInput? Reopen { get; set; }

    [SupplyParameterFromForm(FormName = "evidence")] private StepInput? Evidence { get; set; }

    [SupplyParameterFromForm(FormName = "judge")] private StepInput? Judge { get; set; }

    [SupplyParameterFromForm(FormName = "message")] private StepInput? Message { get; set; }

    [SupplyParameterFromForm(FormName = "person")] private StepInput? Person { get; set; }

    private string Title => state is null ? "" : string.Format(CultureInfo.CurrentCulture, T["Incident.Title"], state.Number);

    private string? User => HttpContext.User.UserId();

    private IIncidentGrain Grain => Grains.GetGrain<IIncidentGrain>(IncidentId);

    protected override async Task OnInitializedAsync()
    {
        var found = await Grain.GetAsync();
        var viewer = await Incidents.ViewerAsync(User, GroupId, HttpContext.RequestAborted);
        var seen = found is null || found.GroupId != GroupId ? IncidentSight.None : IncidentAudience.SightOf(viewer, found.AllegedOrganisations, found.Shared);
        if (found is null || seen < IncidentSight.SharedSummary)
        {
            Navigation.NotFound();
            return;
        }

        sight = seen;
        handles = viewer.HandlesCases && seen >= IncidentSight.CaseWithoutPeople;
        var assessPosted = Assess is not null;
        await LoadAsync(found, identities: false);
        if (!assessPosted)
        {
            Assess = PrefilledAssess();
        }

        foreach (var input in new[] { Assess ??= new(), Share ??= new(), Refer ??= new(), Answer ??= new(), Remediate ??= new(), Close ??= new(), Reopen ??= new(), Evidence ??= new(), Judge ??= new(), Message ??= new(), Person ??= new() })
        {
            input.Version = input.Version == 0 ? found.Version : input.Version;
        }
    }

    private async Task LoadAsync(IncidentState found, bool identities)
    {
        state = found;
        chain = await Chains.ChainAsync(found.Id, sight, HttpContext.RequestAborted);
        if (sight == IncidentSight.Details && !found.Purged && User is { } user)
        {
            details = await Grain.OpenAsync(new OpenIncident(user, identities));
            state = details.State;
        }

        if (sight >= IncidentSight.CaseWithoutPeople)
        {
            var members = await Groups.MembersAsync(GroupId, HttpContext.RequestAborted);
            names = members.Select(m => (m.UserId, m.DisplayName))
                .Concat(members.Select(m => (m.OrganisationId.ToString(), m.OrganisationName)))
                .DistinctBy(n => n.Item1).ToDictionary(n => n.Item1, n => n.Item2, StringComparer.Ordinal);
            authorities = (await Grains.GetGrain<IIncidentSettingsGrain>(GroupId).GetAsync()).Authorities;
            LoadParties(members);
        }
    }

    private async Task ShowIdentitiesAsync()
    {
        if (sight == IncidentSight.Details && state is not null)
        {
            await LoadAsync(state, identities: true);
        }
    }

    private Task ShareAsync() => StepAsync(Share!, actor => Grain.ShareAsync(new ShareIncident(Share!.Summary, actor, Share.Version)));

    private Task ReferAsync()
    {
        var on = IncidentForms.Date(Refer!.ReferredOn, "ReferredOn", errors, T);
        var days = IncidentForms.Number(Refer.FollowUpDays, "FollowUpDays", errors, T, 1, IncidentRules.FollowUpDaysMax);
        if (IncidentForms.Id(Refer.AuthorityId) is not { } authority)
        {
            errors.Add("Authority", Refusals.Message(T, IncidentRule.AuthorityNotFound));
        }
        else if (on is null && string.IsNullOrWhiteSpace(Refer.ReferredOn))
        {
            errors.Add("ReferredOn", T["IncidentForm.DateRequired"]);
        }
        else if (!errors.Any)
        {
            return StepAsync(Refer, actor => Grain.ReferAsync(new ReferIncident(authority, on!.Value, Refer.Reference, actor, days, Refer.Version)));
        }

        return Task.CompletedTask;
    }

    private Task AnswerAsync()
    {
        var on = IncidentForms.Date(Answer!.AnsweredOn, "AnsweredOn", errors, T);
        if (on is null)
        {
            errors.Add("AnsweredOn", T["IncidentForm.DateRequired"]);
            return Task.CompletedTask;
        }

        return IncidentForms.Id(Answer.ReferralId) is { } referral
            ? StepAsync(Answer, actor => Grain.RecordAnswerAsync(new RecordReferralAnswer(referral, on.Value, Answer.Note, actor)))
            : Refused(IncidentRule.ReferralNotFound);
    }

    private Task RemediateAsync() => StepAsync(Remediate!, actor => Grain.StartRemediationAsync(new StartRemediation(actor, Remediate!.Version)));

    private Task CloseAsync() => EnumText.TryParse<IncidentClosure>(Close!.Closure, out var closure)
        ? StepAsync(Close, actor => Grain.CloseAsync(new CloseIncident(closure, Close.Reason ?? "", actor, Close.Version)))
        : Refused(IncidentRule.Transition);

    private Task ReopenAsync() => StepAsync(Reopen!, actor => Grain.ReopenAsync(new ReopenIncident(Reopen!.Reason ?? "", actor, Reopen.Version)));

    /// <summary>A link, or a file sent with the form (multipart): its size checked here before it is read, its kind and the rest by the grain.</summary>
    private async Task EvidenceAsync()
    {
        var upload = HttpContext.Request.HasFormContentType ? HttpContext.Request.Form.Files.GetFile("Evidence.File") : null;
        if (upload is not { Length: > 0 })
        {
            await StepAsync(Evidence!, actor => Grain.AddEvidenceAsync(new AddIncidentEvidence(Evidence!.Link, null, null, Evidence.Note, actor)));
            return;
        }

        if (!string.IsNullOrWhiteSpace(Evidence!.Link))
        {
            errors.Add("Link", Refusals.Message(T, IncidentRule.EvidenceEither));
            return;
        }

        if (upload.Length > IncidentRules.FileMaxBytes)
        {
            errors.Add("File", Refusals.Message(T, IncidentRule.FileTooLarge));
            return;
        }

        var content = new byte[upload.Length];
        await using (var stream = upload.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, HttpContext.RequestAborted);
        }

        // The grain reads the kind from the bytes and refuses any other (FileTypeNotAccepted, under the file input).
        await StepAsync(Evidence, actor => Grain.AddEvidenceAsync(new AddIncidentEvidence(null, EvidenceFiles.NameOf(upload.FileName), content, Evidence.Note, actor)));
    }

    private Task JudgeAsync() => IncidentForms.Id(Judge!.EvidenceId) is { } evidence && EnumText.TryParse<EvidenceCredibility>(Judge.Credibility, out var credibility)
        ? StepAsync(Judge, actor => Grain.JudgeEvidenceAsync(new JudgeEvidence(evidence, credibility, actor)))
        : Refused(IncidentRule.EvidenceNotFound);

    /// <summary>A person's name (and contact) a handler learned, e.g. a victim met in person: sealed; read only through "show identities".</summary>
    private Task PersonAsync() => EnumText.TryParse<IdentityRole>(Person!.Role, out var role)
        ? StepAsync(Person, actor => Grain.AddIdentityAsync(new AddIdentity(role, new NewIdentity(Person.Name ?? "", Person.Contact), actor)))
        : Refused(IncidentRule.NotAllowed);

    private Task MessageAsync() => StepAsync(Message!, actor => Grain.AddMessageAsync(new AddIncidentMessage(Message!.Body ?? "", actor)));

    private Task Refused(IncidentRule code)
    {
        refusal = Refusals.Message(T, code);
        return Task.CompletedTask;
    }

    /// <summary>Runs one step for the signed-in handler; on success back to the page (GET), otherwise the form keeps what was typed.</summary>
    private async Task StepAsync(StepInput input, Func<string, Task<IncidentState>> step)
    {
        if (!handles || User is not { } actor)
        {
            refusal = Refusals.Message(T, IncidentRule.NotAllowed);
            return;
        }

        try
        {
            await step(actor);
            Navigation.NavigateTo($"/groups/{GroupId}/incidents/{IncidentId}");
        }
        catch (EditConflictException)
        {
            // Someone else moved the case on: show it as it is now, keep what this person typed, with the new version.
            conflict = true;
            var fresh = await Grain.GetAsync();
            await LoadAsync(fresh!, identities: false);
            input.Version = fresh!.Version;
        }
        catch (RuleException<IncidentRule> e)
        {
            refusal = Refusals.Place(e, PartiesField(e.Field), errors, T);
        }
    }
}
