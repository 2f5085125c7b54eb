namespace Platform.Grains.Incidents;

/// <summary>What the case holds and who may read it: evidence, messages, identities, the opened incident, the reporter's view, and the purge.</summary>
public sealed partial class IncidentGrain
{
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
}
