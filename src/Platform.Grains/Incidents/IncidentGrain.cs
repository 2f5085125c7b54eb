namespace Platform.Grains.Incidents;

/// <summary>
/// One incident. Every command checks who acts against <see cref="IncidentAudience"/> (read fresh), writes the versioned
/// incident row, the rows it owns and one journal entry ("Incident 7 referred": number and action, never content) in one
/// transaction, then publishes an event. Content is sealed under the incident's own key before it leaves the grain.
/// </summary>
public sealed class IncidentGrain(IGrainContext context, IncidentStore store, GrainPersistence persistence, JournalWriter journal, TimeProvider time)
    : StoredGrain<IncidentState>(context, store.LoadAsync), IIncidentGrain
{
    private readonly Guid id = context.GrainId.GetGuidKey();

    private IncidentKey? key;

    public async Task<IncidentState> ReportAsync(ReportIncident command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Current is not null)
        {
            throw RuleException.Of(IncidentRule.AlreadyExists);
        }

        var group = await store.GroupContextAsync(command.GroupId) ?? throw RuleException.Of(IncidentRule.NotFound);
        if (command.Channel == IncidentChannel.Withheld)
        {
            throw RuleException.Of(IncidentRule.NotAllowed, "Channel");
        }

        var publicForm = command.Channel == IncidentChannel.WebForm;
        if (publicForm)
        {
            if (command.ActorId is not null)
            {
                throw RuleException.Of(IncidentRule.NotAllowed);
            }

            if (!group.IntakeOpen)
            {
                throw RuleException.Of(IncidentRule.IntakeClosed);
            }
        }
        else
        {
            var viewer = await store.ViewerAsync(command.ActorId, command.GroupId);
            var allowed = command.Channel == IncidentChannel.Member
                ? viewer.GroupExists && viewer.Role is WorkingGroups.GroupRole.Facilitator or WorkingGroups.GroupRole.Member
                : viewer.HandlesCases;
            if (!allowed)
            {
                throw RuleException.Of(IncidentRule.NotAllowed);
            }
        }

        var today = Today(group.Zone);
        var receivedOn = command.ReceivedOn ?? today;
        if (receivedOn > today || (publicForm && receivedOn != today))
        {
            throw RuleException.Of(IncidentRule.ReceivedFuture, "ReceivedOn");
        }

        var (from, to) = Occurred(command.OccurredFrom, command.OccurredTo, today);
        var narrative = IncidentRules.Narrative(command.Narrative);
        var place = IncidentRules.Place(command.Place);
        var alleged = IncidentRules.Alleged(command.Alleged);
        var affected = IncidentRules.Affected(command.Affected);
        var reporter = command.Reporter is { } r ? Identity(r) : null;
        var now = time.GetUtcNow();
        var step = new IncidentStep(1, IncidentStepStatus.Received, command.ActorId, receivedOn, publicForm ? null : now, false);
        var (newKey, wrapped) = store.Vault.NewKey();
        var sealedNarrative = IncidentVault.Seal(newKey, id, "narrative", narrative);
        var sealedPlace = place is null ? null : IncidentVault.Seal(newKey, id, "place", JsonSerializer.Serialize(place));

        // The number is the group's max + 1; a report of the same group committed meanwhile takes it, and the unique
        // constraint refuses ours: read again and retry.
        for (var attempt = 1; ; attempt++)
        {
            var number = await store.NextNumberAsync(command.GroupId);
            var state = new IncidentState(
                id, command.GroupId, number, command.Kind, IncidentStatus.Received, null, command.Channel, receivedOn, command.ActorId,
                from, to, affected, null, alleged, null, null, null, null, null, 1, [step], [], [], reporter is null ? 0 : 1, 0, command.Receipt is not null);
            var writes = new List<StateWrite> { IncidentStore.InsertKey(id, wrapped), IncidentStore.InsertStep(id, step, null) };
            writes.AddRange(alleged.Select((a, i) => IncidentStore.InsertAlleged(id, i + 1, a)));
            if (reporter is not null)
            {
                var identityId = Guid.NewGuid();
                writes.Add(IncidentStore.InsertIdentity(id, identityId, IdentityRole.Reporter, SealIdentity(newKey, identityId, reporter), receivedOn, publicForm));
            }

            if (command.Receipt is { } receipt)
            {
                writes.Add(IncidentStore.InsertReceipt(id, receipt));
            }

            try
            {
                await persistence.CommitAndPublishAsync(
                    IncidentStore.Insert(state, sealedNarrative, sealedPlace),
                    writes,
                    Entry(state, "reported", command.ActorId, $"Incident {number} reported", publicForm ? receivedOn : null),
                    e => new IncidentReported(state.GroupId, id, publicForm, e.Seq));
            }
            catch (DbException) when (attempt < 5)
            {
                if (await store.NextNumberAsync(command.GroupId) > number)
                {
                    continue;
                }

                throw;
            }

            key = newKey;
            return await ReloadAsync();
        }
    }

    public async Task<IncidentState> AssessAsync(AssessIncident command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, sight, group) = await HandledAsync(command.ActorId, command.ExpectedVersion);
        if (current.Status == IncidentStatus.Closed)
        {
            throw RuleException.Of(IncidentRule.Transition);
        }

        // Who is alleged and how many were affected belong to the case's people: someone who sees it without them (security
        // forces, an alleged organisation; their view holds no counts) neither rewrites nor zeroes them.
        if ((command.Alleged is not null || command.Affected is not null) && sight != IncidentSight.Details)
        {
            throw RuleException.Of(IncidentRule.PartiesNotAllowed);
        }

        var severity = IncidentRules.Severity(command.Severity);
        var next = current with
        {
            Severity = severity,
            Kind = command.Kind ?? current.Kind,
            Affected = command.Affected is null ? current.Affected : IncidentRules.Affected(command.Affected),
        };
        var writes = new List<StateWrite>();

        if (command.Alleged is { } alleged)
        {
            var list = IncidentRules.Alleged(alleged);
            writes.AddRange(current.Alleged.Select((_, i) => IncidentStore.DeleteAlleged(id, i + 1)));
            writes.AddRange(list.Select((a, i) => IncidentStore.InsertAlleged(id, i + 1, a)));
            next = next with { Alleged = list };
        }

        var assessing = current.Status == IncidentStatus.Received;
        if (assessing)
        {
            next = next with { Status = IncidentStatus.Assessed };
            writes.Add(IncidentStore.InsertStep(id, NextStep(current, IncidentStepStatus.Assessed, command.ActorId, group), null));
        }

        return await CommitAsync(current, next, writes, command.ActorId, assessing ? "assessed" : "reassessed");
    }

    public async Task<IncidentState> ShareAsync(ShareIncident command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, _) = await DetailedAsync(command.ActorId, command.ExpectedVersion);
        var summary = IncidentRules.Optional(command.Summary, IncidentRules.SummaryMax, IncidentRule.SummaryTooLong, "Summary");
        return await CommitAsync(current, current with { SharedSummary = summary }, [], command.ActorId, summary is null ? "unshared" : "shared");
    }

    public async Task<IncidentState> ReferAsync(ReferIncident command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, _, group) = await HandledAsync(command.ActorId, command.ExpectedVersion);
        if (current.Status is IncidentStatus.Received or IncidentStatus.Closed)
        {
            throw RuleException.Of(IncidentRule.Transition);
        }

        switch (await store.AuthorityActiveAsync(current.GroupId, command.AuthorityId))
        {
            case null:
                throw RuleException.Of(IncidentRule.AuthorityNotFound, "Authority");
            case false:
                throw RuleException.Of(IncidentRule.AuthorityInactive, "Authority");
        }

        if (command.ReferredOn > Today(group.Zone))
        {
            throw RuleException.Of(IncidentRule.ReferredFuture, "ReferredOn");
        }

        var days = command.FollowUpDays ?? group.FollowUpDays;
        if (days is < 1 or > IncidentRules.FollowUpDaysMax)
        {
            throw RuleException.Of(IncidentRule.FollowUpDays, "FollowUpDays");
        }

        var reference = IncidentRules.Optional(command.Reference, IncidentRules.ReferenceMax, IncidentRule.ReferenceTooLong, "Reference");
        var referral = new IncidentReferral(Guid.NewGuid(), command.AuthorityId, command.ReferredOn, reference, days, command.ReferredOn.PlusDays(days), null);
        var writes = new List<StateWrite> { IncidentStore.InsertReferral(id, referral) };
        var next = current with { ReferredOn = current.ReferredOn ?? command.ReferredOn };
        if (current.Status == IncidentStatus.Assessed)
        {
            next = next with { Status = IncidentStatus.Referred };
            writes.Add(IncidentStore.InsertStep(id, NextStep(current, IncidentStepStatus.Referred, command.ActorId, group), null));
        }

        return await CommitAsync(current, next, writes, command.ActorId, "referred");
    }

    public async Task<IncidentState> RecordAnswerAsync(RecordReferralAnswer command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, _, group) = await HandledAsync(command.ActorId);
        var referral = current.Referrals.FirstOrDefault(r => r.Id == command.ReferralId) ?? throw RuleException.Of(IncidentRule.ReferralNotFound);
        if (referral.Answered)
        {
            throw RuleException.Of(IncidentRule.ReferralAnswered);
        }

        if (command.AnsweredOn < referral.ReferredOn)
        {
            throw RuleException.Of(IncidentRule.AnsweredBeforeReferral, "AnsweredOn");
        }

        if (command.AnsweredOn > Today(group.Zone))
        {
            throw RuleException.Of(IncidentRule.ReferredFuture, "AnsweredOn");
        }

        var note = IncidentRules.Optional(command.Note, IncidentRules.NoteMax, IncidentRule.NoteTooLong, "Note");
        var sealedNote = note is null ? null : IncidentVault.Seal(await KeyAsync(), id, $"referral:{referral.Id:D}:note", note);
        return await CommitAsync(current, current, [IncidentStore.Answer(id, referral.Id, command.AnsweredOn, sealedNote)], command.ActorId, "referral_answered");
    }

    public async Task<IncidentState> StartRemediationAsync(StartRemediation command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, _, group) = await HandledAsync(command.ActorId, command.ExpectedVersion);
        if (current.Status is not (IncidentStatus.Assessed or IncidentStatus.Referred))
        {
            throw RuleException.Of(IncidentRule.Transition);
        }

        var step = NextStep(current, IncidentStepStatus.InRemediation, command.ActorId, group);
        return await CommitAsync(current, current with { Status = IncidentStatus.InRemediation }, [IncidentStore.InsertStep(id, step, null)], command.ActorId, "in_remediation");
    }

    public async Task<IncidentState> CloseAsync(CloseIncident command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, _, group) = await HandledAsync(command.ActorId, command.ExpectedVersion);
        if (current.Status == IncidentStatus.Closed)
        {
            throw RuleException.Of(IncidentRule.Transition);
        }

        var reason = IncidentRules.Reason(command.Reason);
        var step = NextStep(current, IncidentStepStatus.Closed, command.ActorId, group) with { HasReason = true };
        var sealedReason = IncidentVault.Seal(await KeyAsync(), id, $"step:{step.Position}:reason", reason);
        var next = current with
        {
            Status = IncidentStatus.Closed,
            Closure = command.Closure,
            ClosedOn = step.On,
            RetainUntil = step.On.PlusDays(group.RetentionDays),
        };
        return await CommitAsync(current, next, [IncidentStore.InsertStep(id, step, sealedReason)], command.ActorId, "closed");
    }

    public async Task<IncidentState> ReopenAsync(ReopenIncident command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, _, group) = await HandledAsync(command.ActorId, command.ExpectedVersion);
        if (current.Status != IncidentStatus.Closed)
        {
            throw RuleException.Of(IncidentRule.Transition);
        }

        var reason = IncidentRules.Reason(command.Reason);
        var step = NextStep(current, IncidentStepStatus.Reopened, command.ActorId, group) with { HasReason = true };
        var sealedReason = IncidentVault.Seal(await KeyAsync(), id, $"step:{step.Position}:reason", reason);
        var next = current with { Status = IncidentStatus.Assessed, Closure = null, ClosedOn = null, RetainUntil = null };
        return await CommitAsync(current, next, [IncidentStore.InsertStep(id, step, sealedReason)], command.ActorId, "reopened");
    }

    public async Task<IncidentState> AddEvidenceAsync(AddIncidentEvidence command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, group) = await DetailedAsync(command.ActorId);
        var hasLink = !string.IsNullOrWhiteSpace(command.Link);
        var hasFile = command.File is { Length: > 0 };
        if (hasLink == hasFile)
        {
            throw RuleException.Of(IncidentRule.EvidenceEither, "Link");
        }

        var note = IncidentRules.Optional(command.Note, IncidentRules.NoteMax, IncidentRule.NoteTooLong, "Note");
        var evidenceId = Guid.NewGuid();
        var k = await KeyAsync();
        string Seal(string part, string value) => IncidentVault.Seal(k, id, $"evidence:{evidenceId:D}:{part}", value);
        string? link = null, fileName = null, file = null, fileType = null;
        if (hasLink)
        {
            link = Seal("link", IncidentRules.Link(command.Link));
        }
        else
        {
            if (command.File!.Length > IncidentRules.FileMaxBytes)
            {
                throw RuleException.Of(IncidentRule.FileTooLarge, "File");
            }

            var name = IncidentRules.Optional(command.FileName, IncidentRules.FileNameMax, IncidentRule.FileNameTooLong, "File") ?? throw RuleException.Of(IncidentRule.FileNameRequired, "File");
            fileType = EvidenceFileKinds.TypeOf(command.File) ?? throw RuleException.Of(IncidentRule.FileTypeNotAccepted, "File");
            fileName = Seal("name", name);
            file = Seal("file", Convert.ToBase64String(command.File));
        }

        var summary = new EvidenceSummary(evidenceId, current.Evidence.Count == 0 ? 1 : current.Evidence.Max(e => e.Position) + 1, hasFile, fileType, EvidenceCredibility.NotJudged, command.ActorId, Today(group.Zone));
        var write = IncidentStore.InsertEvidence(id, summary, link, fileName, file, note is null ? null : Seal("note", note));
        return await CommitAsync(current, current, [write], command.ActorId, "evidence_added");
    }

    public async Task<IncidentState> JudgeEvidenceAsync(JudgeEvidence command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, _) = await DetailedAsync(command.ActorId);
        var evidence = current.Evidence.FirstOrDefault(e => e.Id == command.EvidenceId) ?? throw RuleException.Of(IncidentRule.EvidenceNotFound);
        return await CommitAsync(current, current, [IncidentStore.Judge(id, evidence.Id, command.Credibility)], command.ActorId, "evidence_judged");
    }

    public async Task<IncidentState> AddMessageAsync(AddIncidentMessage command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var body = IncidentRules.Body(command.Body);
        IncidentState current;
        IncidentGroupContext group;
        var fromReporter = command.ActorId is null;
        if (fromReporter)
        {
            (current, group) = await ReporterAsync();
        }
        else
        {
            (current, group) = await DetailedAsync(command.ActorId!);
        }

        var position = current.MessageCount + 1;
        var today = Today(group.Zone);
        var sealedBody = IncidentVault.Seal(await KeyAsync(), id, $"message:{position}", body);
        var write = IncidentStore.InsertMessage(id, position, fromReporter, command.ActorId, today, sealedBody);
        return await CommitAsync(current, current, [write], command.ActorId, fromReporter ? "reporter_message" : "message_added", fromReporter ? today : null);
    }

    public async Task<IncidentState> RevealIdentityAsync(RevealIdentity command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, group) = await ReporterAsync();
        var identity = Identity(command.Identity);
        var identityId = Guid.NewGuid();
        var today = Today(group.Zone);
        var write = IncidentStore.InsertIdentity(id, identityId, IdentityRole.Reporter, SealIdentity(await KeyAsync(), identityId, identity), today, true);
        return await CommitAsync(current, current, [write], null, "identity_revealed", today);
    }

    public async Task<IncidentState> AddIdentityAsync(AddIdentity command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, group) = await DetailedAsync(command.ActorId);
        var identity = Identity(command.Identity);
        var identityId = Guid.NewGuid();
        var write = IncidentStore.InsertIdentity(id, identityId, command.Role, SealIdentity(await KeyAsync(), identityId, identity), Today(group.Zone), false);
        return await CommitAsync(current, current, [write], command.ActorId, "identity_added");
    }

    public async Task<IncidentDetails> OpenAsync(OpenIncident command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, _) = await DetailedAsync(command.ViewerId);
        if (command.Identities)
        {
            // A reading, not a change: the row stays as it is, the journal says who opened the identities.
            await persistence.CommitAsync(IncidentStore.Touch(id, current.Version), Entry(current, "identities_opened", command.ViewerId, $"Incident {current.Number}: identities opened"));
        }

        var values = await store.SealedAsync(id, command.Identities) ?? throw RuleException.Of(IncidentRule.Purged);
        var k = await KeyAsync();
        string Open(string field, string value) => IncidentVault.Open(k, id, field, value);
        var identities = command.Identities
            ? values.Identities.Select(i =>
            {
                var person = JsonSerializer.Deserialize<NewIdentity>(Open($"identity:{i.Id}", i.Sealed))!;
                return new IncidentIdentity(Guid.Parse(i.Id), EnumText.Parse<IdentityRole>(i.Role), person.Name, person.Contact, i.AddedOn, i.Revealed);
            }).OrderBy(i => i.AddedOn).ThenBy(i => i.Role).ToList()
            : null;
        var evidence = values.Evidence.Select(e =>
        {
            var summary = current.Evidence.First(s => s.Id == Guid.Parse(e.Id));
            return new EvidenceDetail(
                summary,
                e.Link is null ? null : Open($"evidence:{e.Id}:link", e.Link),
                e.FileName is null ? null : Open($"evidence:{e.Id}:name", e.FileName),
                e.Note is null ? null : Open($"evidence:{e.Id}:note", e.Note));
        }).ToList();
        return new IncidentDetails(
            current,
            values.Narrative is null ? "" : Open("narrative", values.Narrative),
            values.Place is null ? null : JsonSerializer.Deserialize<IncidentPlace>(Open("place", values.Place)),
            identities,
            evidence,
            [.. values.Messages.Select(m => Message(k, m))],
            [.. values.Reasons.Select(r => new StepReason((int)r.Position, Open($"step:{r.Position}:reason", r.Reason)))],
            [.. values.ReferralNotes.Select(n => new ReferralNote(Guid.Parse(n.Id), Open($"referral:{n.Id}:note", n.Note)))]);
    }

    public async Task<EvidenceFile> OpenEvidenceFileAsync(OpenEvidenceFile command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, _) = await DetailedAsync(command.ViewerId);
        if (current.Evidence.FirstOrDefault(e => e.Id == command.EvidenceId) is not { IsFile: true } summary)
        {
            throw RuleException.Of(IncidentRule.EvidenceNotFound);
        }

        var sealedFile = await store.SealedFileAsync(id, summary.Id) ?? throw RuleException.Of(IncidentRule.EvidenceNotFound);
        await persistence.CommitAsync(
            IncidentStore.Touch(id, current.Version),
            Entry(current, "evidence_opened", command.ViewerId, $"Incident {current.Number}: evidence {summary.Position} opened"));
        var k = await KeyAsync();
        return new EvidenceFile(
            IncidentVault.Open(k, id, $"evidence:{summary.Id:D}:name", sealedFile.FileName),
            summary.FileType ?? "application/octet-stream",
            Convert.FromBase64String(IncidentVault.Open(k, id, $"evidence:{summary.Id:D}:file", sealedFile.File)));
    }

    public async Task<ReporterView> ReporterViewAsync()
    {
        var (current, _) = await ReporterAsync();
        var (messages, _, revealed) = await store.MessagesAsync(id);
        var k = await KeyAsync();
        return new ReporterView(id, current.GroupId, current.Status, current.ReceivedOn, [.. messages.Select(m => Message(k, m))], revealed);
    }

    public async Task<bool> PurgeAsync(LocalDate today)
    {
        if (Current is not { Status: IncidentStatus.Closed, PurgedOn: null, RetainUntil: { } until } current || until > today)
        {
            return false;
        }

        var entry = await store.PurgeAsync(id, current.Version, today, journal, Entry(current, "purged", null, $"Incident {current.Number} purged"));
        key = null;
        Current = await store.LoadAsync(id);
        await persistence.PublishAsync(entry, new IncidentChanged(current.GroupId, id, "purged", entry.Seq));
        return true;
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private IncidentMessage Message(IncidentKey k, SealedMessageRow m) =>
        new((int)m.Position, m.FromReporter, m.AuthorId, m.WrittenOn, IncidentVault.Open(k, id, $"message:{m.Position}", m.Body));

    private static NewIdentity Identity(NewIdentity identity) => new(
        IncidentRules.Name(identity.Name),
        IncidentRules.Optional(identity.Contact, IncidentRules.ContactMax, IncidentRule.ContactTooLong, "Contact"));

    private string SealIdentity(IncidentKey k, Guid identityId, NewIdentity identity) =>
        IncidentVault.Seal(k, id, $"identity:{identityId:D}", JsonSerializer.Serialize(identity));

    private static (LocalDate? From, LocalDate? To) Occurred(LocalDate? from, LocalDate? to, LocalDate today)
    {
        from ??= to;
        if (from is { } f && to is { } t && t < f)
        {
            throw RuleException.Of(IncidentRule.OccurredRange, "OccurredTo");
        }

        if ((to ?? from) is { } last && last > today)
        {
            throw RuleException.Of(IncidentRule.OccurredFuture, "OccurredFrom");
        }

        return (from, to == from ? null : to);
    }

    private LocalDate Today(DateTimeZone zone) => Instant.FromDateTimeOffset(time.GetUtcNow()).InZone(zone).Date;

    private IncidentStep NextStep(IncidentState current, IncidentStepStatus status, string actorId, IncidentGroupContext group) =>
        new(current.Steps.Count == 0 ? 1 : current.Steps.Max(s => s.Position) + 1, status, actorId, Today(group.Zone), time.GetUtcNow(), false);

    private async Task<IncidentKey> KeyAsync()
    {
        if (key is null)
        {
            var wrapped = await store.WrappedKeyAsync(id) ?? throw RuleException.Of(IncidentRule.Purged);
            key = store.Vault.Unwrap(wrapped);
        }

        return key;
    }

    private IncidentState Existing() =>
        Current is null ? throw RuleException.Of(IncidentRule.NotFound)
        : Current.Purged ? throw RuleException.Of(IncidentRule.Purged)
        : Current;

    /// <summary>The incident, when <paramref name="actorId"/> handles cases in its group (details or the case without its people).</summary>
    private async Task<(IncidentState Current, IncidentSight Sight, IncidentGroupContext Group)> HandledAsync(string actorId, long? expectedVersion = null)
    {
        var current = Existing();
        var viewer = await store.ViewerAsync(actorId, current.GroupId);
        var sight = IncidentAudience.SightOf(viewer, current.AllegedOrganisations, current.Shared);
        if (!viewer.HandlesCases || sight < IncidentSight.CaseWithoutPeople)
        {
            throw RuleException.Of(IncidentRule.NotAllowed);
        }

        EditVersion.Require(expectedVersion, current.Version, IncidentAudience.IncidentEntity, id.ToString("D"));
        var group = await store.GroupContextAsync(current.GroupId) ?? throw RuleException.Of(IncidentRule.NotFound);
        return (current, sight, group);
    }

    /// <summary>The incident, when <paramref name="actorId"/> sees its details (its content and people).</summary>
    private async Task<(IncidentState Current, IncidentGroupContext Group)> DetailedAsync(string actorId, long? expectedVersion = null)
    {
        var (current, sight, group) = await HandledAsync(actorId, expectedVersion);
        return sight == IncidentSight.Details ? (current, group) : throw RuleException.Of(IncidentRule.NotAllowed);
    }

    /// <summary>The incident, for its reporter through the receipt code (checked by the caller): only reports with a receipt.</summary>
    private async Task<(IncidentState Current, IncidentGroupContext Group)> ReporterAsync()
    {
        var current = Existing();
        if (!current.HasReceipt)
        {
            throw RuleException.Of(IncidentRule.NoReceipt);
        }

        return (current, await store.GroupContextAsync(current.GroupId) ?? throw RuleException.Of(IncidentRule.NotFound));
    }

    private async Task<IncidentState> CommitAsync(IncidentState current, IncidentState next, IReadOnlyList<StateWrite> related, string? actor, string action, LocalDate? dayOnly = null)
    {
        next = next with { Version = current.Version + 1 };
        await persistence.CommitAndPublishAsync(
            IncidentStore.Update(next, current.Version),
            related,
            Entry(current, action, actor, $"Incident {current.Number} {Words(action)}", dayOnly),
            e => new IncidentChanged(current.GroupId, id, action, e.Seq));
        return await ReloadAsync();
    }

    private async Task<IncidentState> ReloadAsync() => Current = await store.LoadAsync(id) ?? throw RuleException.Of(IncidentRule.NotFound);

    private static string Words(string action) => action.Replace("_", " ", StringComparison.Ordinal);

    private NewJournalEntry Entry(IncidentState state, string action, string? actor, string summary, LocalDate? dayOnly = null) =>
        new(state.GroupId, IncidentAudience.IncidentEntity, id.ToString("D"), action, actor, summary, dayOnly);
}
