namespace Platform.Grains.ActionItems;

/// <summary>
/// Keeps one action item's rules: an owner seated in the group (a person) and an owning organisation seated there, http(s) evidence
/// only, progress appended never edited. Each command writes the item row (version-checked), the update row and one
/// journal entry in one transaction, then publishes.
/// </summary>
public sealed class ActionItemGrain(IGrainContext context, ActionItemStore store, GrainPersistence persistence, TimeProvider time)
    : StoredGrain<ActionItemState>(context, store.LoadAsync), IActionItemGrain
{
    private readonly Guid id = context.GrainId.GetGuidKey();

    public async Task<ActionItemState> CreateAsync(CreateActionItem command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Current is not null)
        {
            throw RuleException.Of(ActionItemRule.AlreadyExists);
        }

        if (!await store.GroupExistsAsync(command.GroupId))
        {
            throw RuleException.Of(ActionItemRule.GroupNotFound);
        }

        // Origin ids arrive from a form: they must name this group's meeting, and that meeting's outcome and agenda item.
        if (command.Origin is { } origin && !await store.OriginBelongsAsync(command.GroupId, origin))
        {
            throw RuleException.Of(ActionItemRule.OriginNotInGroup);
        }

        // Issue 15: one follow-up, one action item; the record links the follow-up to the item it already has.
        if (command.Origin?.OutcomeId is { } outcomeId && await store.FollowUpHasItemAsync(outcomeId))
        {
            throw RuleException.Of(ActionItemRule.FollowUpHasItem);
        }

        var details = await CheckedAsync(command.GroupId, command.Details);
        var now = time.GetUtcNow();
        var next = new ActionItemState(id, command.GroupId, details, ActionItemStatus.Open, command.Origin, 1, now, now);
        await persistence.CommitAndPublishAsync(
            ActionItemStore.Insert(next),
            [],
            Entry(next, "created", command.ActorId, command.Origin?.OutcomeId is null ? "Action item created" : "Action item created from a follow-up"),
            OwnerNotice(next, null),
            e => new ActionItemCreated(next.GroupId, id, e.Seq));
        Current = next;
        return next;
    }

    public async Task<ActionItemState> UpdateAsync(UpdateActionItem command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await ExistingAsync();
        EditVersion.Require(command.ExpectedVersion, current.Version, "action_item", id.ToString("D"));
        var details = await CheckedAsync(current.GroupId, command.Details);
        var next = current with { Details = details, Version = current.Version + 1, UpdatedAt = time.GetUtcNow() };
        return await UpdateAsync(current, next, [],
            Entry(next, "edited", command.ActorId, "Action item edited"),
            e => new ActionItemChanged(next.GroupId, id, e.Seq),
            mail: OwnerNotice(next, current.Details));
    }

    public async Task<ActionItemUpdate> AddProgressAsync(AddActionItemProgress command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await ExistingAsync();
        var text = command.Text?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            throw RuleException.Of(ActionItemRule.TextRequired, "Text");
        }

        if (text.Length > 4000)
        {
            throw RuleException.Of(ActionItemRule.TextTooLong, "Text");
        }

        var link = string.IsNullOrWhiteSpace(command.EvidenceLink) ? null : command.EvidenceLink.Trim();
        if (link is not null && !WebLink.IsSafe(link))
        {
            throw RuleException.Of(ActionItemRule.EvidenceLinkInvalid, "EvidenceLink");
        }

        var changes = command.NewStatus is { } status && status != current.Status;
        var now = time.GetUtcNow();
        var update = new ActionItemUpdate(Guid.NewGuid(), text, changes ? current.Status : null, changes ? command.NewStatus : null, link, command.ActorId, now);
        var next = current with { Status = command.NewStatus ?? current.Status, Version = current.Version + 1, UpdatedAt = now };
        var summary = changes ? $"Progress on action item; status {Text(current.Status)} → {Text(next.Status)}" : "Progress on action item";
        await UpdateAsync(current, next, [ActionItemStore.InsertUpdate(id, update)],
            Entry(next, "progressed", command.ActorId, summary),
            e => new ActionItemProgressed(next.GroupId, id, next.Status, e.Seq));
        return update;
    }

    /// <summary>
    /// Writes <paramref name="next"/> over <paramref name="current"/> (version-checked) with the update row (if any), its
    /// journal entry and mail (if any) in one transaction, publishes, and only then holds <paramref name="next"/>.
    /// </summary>
    private async Task<ActionItemState> UpdateAsync<TEvent>(
        ActionItemState current, ActionItemState next, IReadOnlyList<StateWrite> related, NewJournalEntry entry, Func<JournalEntry, TEvent> toEvent, MailRequest? mail = null)
        where TEvent : JournalledEvent
    {
        await persistence.CommitAndPublishAsync(ActionItemStore.Update(next, current.Version), related, entry, mail, toEvent);
        Current = next;
        return next;
    }

    private async Task<ActionItemDetails> CheckedAsync(Guid groupId, ActionItemDetails raw)
    {
        var details = raw.Trimmed();
        if (details.Problems().FirstOrDefault() is { Field: not null } problem)
        {
            throw RuleException.Of(problem.Code, problem.Field);
        }

        if (details.OwnerUserId is { } owner)
        {
            // A person owns an item only in a group where they hold a seat; their organisation follows the seat.
            var seat = await store.SeatAsync(groupId, owner) ?? throw RuleException.Of(ActionItemRule.OwnerNotMember, "Owner");
            details = details with { OwnerOrganisationId = details.OwnerOrganisationId ?? seat };
        }

        // The owning organisation, named or taken from the seat, sits in this group: the group's figures count its items.
        return await store.OrganisationSeatedAsync(groupId, details.OwnerOrganisationId!.Value)
            ? details
            : throw RuleException.Of(ActionItemRule.OrganisationNotSeated, "OwnerOrganisationId");
    }

    private Task<ActionItemState> ExistingAsync() =>
        Task.FromResult(Current ?? throw RuleException.Of(ActionItemRule.NotFound));

    private static string Text(ActionItemStatus status) => Storage.EnumText.ToText(status);

    /// <summary>
    /// The request that tells whoever just became owner (the person, the organisation's people, or both), written with
    /// the change; null when the owners stayed the same.
    /// </summary>
    private static MailRequest? OwnerNotice(ActionItemState next, ActionItemDetails? before)
    {
        var person = next.Details.OwnerUserId is { } user && user != before?.OwnerUserId;
        var organisation = next.Details.OwnerOrganisationId is { } owner && owner != before?.OwnerOrganisationId;
        var kind = (person, organisation) switch
        {
            (true, true) => MailRequestKind.ActionOwnerBoth,
            (true, false) => MailRequestKind.ActionOwnerPerson,
            (false, true) => MailRequestKind.ActionOwnerOrganisation,
            _ => null,
        };
        return kind is null ? null : new MailRequest(kind, next.GroupId, next.Id.ToString("D"), next.Version);
    }

    private NewJournalEntry Entry(ActionItemState state, string action, string actor, string summary) =>
        new(state.GroupId, "action_item", id.ToString("D"), action, actor, summary);
}
