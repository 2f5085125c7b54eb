namespace Platform.Grains.Incidents;

/// <summary>
/// One incident. Every command checks who acts against <see cref="IncidentAudience"/> (read fresh), writes the versioned
/// incident row, the rows it owns and one journal entry ("Incident 7 referred": number and action, never content) in one
/// transaction, then publishes an event. Content is sealed under the incident's own key before it leaves the grain.
/// </summary>
public sealed partial class IncidentGrain(IGrainContext context, IncidentStore store, GrainPersistence persistence, JournalWriter journal, TimeProvider time)
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
