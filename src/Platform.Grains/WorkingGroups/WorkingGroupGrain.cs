namespace Platform.Grains.WorkingGroups;

/// <summary>
/// Keeps one group's rules: valid details, one seat per person, always a facilitator. Each command writes the
/// group row (version-checked), the membership row it touches and one journal entry in one transaction.
/// </summary>
public sealed partial class WorkingGroupGrain(IGrainContext context, WorkingGroupStore store, GrainPersistence persistence, TimeProvider time)
    : StoredGrain<WorkingGroupState>(context, store.LoadAsync), IWorkingGroupGrain
{
    private readonly Guid id = context.GrainId.GetGuidKey();

    public async Task<WorkingGroupState> CreateAsync(CreateWorkingGroup command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Current is not null)
        {
            throw RuleException.Of(GroupRule.AlreadyExists);
        }

        var details = Checked(command.Details);
        await RequireReferencesAsync(command.OrganisationId, command.CreatorId);
        var now = time.GetUtcNow();
        var founder = new GroupMember(command.CreatorId, command.OrganisationId, GroupRole.Facilitator, now);
        var next = new WorkingGroupState(id, details, GroupStatus.Active, [founder], now, 1);
        await CommitAsync(
            WorkingGroupStore.Insert(next),
            [WorkingGroupStore.InsertMember(id, founder)],
            Entry("working_group", id.ToString("D"), "created", command.CreatorId, $"Working group created ({EnumText.ToText(details.Scope)}, {details.Country})"),
            entry => new WorkingGroupCreated(id, entry.Seq),
            next);
        return next;
    }

    public async Task<WorkingGroupState> UpdateDetailsAsync(UpdateGroupDetails command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = Existing();
        EditVersion.Require(command.ExpectedVersion, current.Version, "working_group", id.ToString("D"));
        var next = current with { Details = Checked(command.Details), Version = current.Version + 1 };
        await CommitAsync(
            WorkingGroupStore.Update(next, current.Version),
            [],
            Entry("working_group", id.ToString("D"), "details_updated", command.ActorId, "Details updated"),
            entry => new GroupDetailsUpdated(id, entry.Seq),
            next);
        return next;
    }

    public async Task<WorkingGroupState> SetStatusAsync(SetGroupStatus command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!Enum.IsDefined(command.Status))
        {
            throw RuleException.Of(GroupRule.StatusInvalid);
        }

        var current = Existing();
        var next = current with { Status = command.Status, Version = current.Version + 1 };
        await CommitAsync(
            WorkingGroupStore.Update(next, current.Version),
            [],
            Entry("working_group", id.ToString("D"), "status_changed", command.ActorId, $"Status set to {EnumText.ToText(command.Status)}"),
            entry => new GroupStatusChanged(id, command.Status, entry.Seq),
            next);
        return next;
    }

    private WorkingGroupState Existing() => Current ?? throw RuleException.Of(GroupRule.GroupNotFound);

    private static GroupDetails Checked(GroupDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var normalized = details.Normalized();
        if (normalized.Problems() is [var first, ..])
        {
            throw RuleException.Of(first.Code);
        }

        return normalized;
    }

    private NewJournalEntry Entry(string kind, string key, string action, string? actor, string summary) =>
        new(id, kind, key, action, actor, summary);

    /// <summary>Commits, then assigns the new Current; on a stale version reloads so the next command starts from the truth.</summary>
    private async Task CommitAsync<TEvent>(StateWrite write, IReadOnlyList<StateWrite> related, NewJournalEntry entry, Func<JournalEntry, TEvent> toEvent, WorkingGroupState next)
        where TEvent : JournalledEvent
    {
        try
        {
            await persistence.CommitAndPublishAsync(write, related, entry, e =>
            {
                // The commit succeeded: hold the new Current before listeners run, whatever they do.
                Current = next;
                return toEvent(e);
            });
        }
        catch (ConcurrencyConflictException)
        {
            Current = await store.LoadAsync(id);
            throw;
        }
    }
}
