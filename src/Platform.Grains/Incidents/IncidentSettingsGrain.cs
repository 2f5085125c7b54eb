namespace Platform.Grains.Incidents;

/// <summary>
/// A group's incident settings, authorities and case handlers (key: the group id). Only its facilitators change them;
/// every change writes the versioned settings row (inserted with the defaults by the first change) and one journal entry.
/// </summary>
public sealed class IncidentSettingsGrain(IGrainContext context, IncidentSettingsStore store, GrainPersistence persistence)
    : IIncidentSettingsGrain, IGrainBase
{
    private readonly Guid groupId = context.GrainId.GetGuidKey();

    private IncidentSettings? loaded;

    public IGrainContext GrainContext => context;

    public async Task OnActivateAsync(CancellationToken token) => loaded = await store.LoadAsync(groupId, token);

    public Task<IncidentSettings> GetAsync() => Task.FromResult(loaded ?? IncidentSettings.Defaults(groupId));

    public async Task<IncidentSettings> ChangeAsync(ChangeIncidentSettings command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await FacilitatedAsync(command.ActorId);
        EditVersion.Require(command.ExpectedVersion, current.Version, IncidentAudience.SettingsEntity, groupId.ToString("D"));
        if (command.RetentionDays is < 1 or > IncidentRules.RetentionDaysMax)
        {
            throw RuleException.Of(IncidentRule.RetentionDays, "RetentionDays");
        }

        if (command.FollowUpDays is < 1 or > IncidentRules.FollowUpDaysMax)
        {
            throw RuleException.Of(IncidentRule.FollowUpDays, "FollowUpDays");
        }

        var next = current with { IntakeOpen = command.IntakeOpen, RetentionDays = command.RetentionDays, FollowUpDays = command.FollowUpDays };
        return await CommitAsync(current, next, [], command.ActorId, "changed", "Incident settings changed");
    }

    public async Task<IncidentSettings> AddAuthorityAsync(AddAuthority command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await FacilitatedAsync(command.ActorId);
        var authority = new IncidentAuthority(Guid.NewGuid(), IncidentRules.AuthorityName(command.Name), command.Kind, true);
        var next = current with { Authorities = [.. current.Authorities, authority] };
        return await CommitAsync(current, next, [IncidentSettingsStore.InsertAuthority(groupId, authority)], command.ActorId, "authority_added", $"Authority added ({authority.Name})");
    }

    public async Task<IncidentSettings> RenameAuthorityAsync(RenameAuthority command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await FacilitatedAsync(command.ActorId);
        var authority = current.Authorities.FirstOrDefault(a => a.Id == command.AuthorityId) ?? throw RuleException.Of(IncidentRule.AuthorityNotFound);
        var changed = authority with { Name = IncidentRules.AuthorityName(command.Name), Kind = command.Kind };
        var next = current with { Authorities = [.. current.Authorities.Select(a => a.Id == changed.Id ? changed : a)] };
        return await CommitAsync(current, next, [IncidentSettingsStore.UpdateAuthority(groupId, changed)], command.ActorId, "authority_changed", $"Authority renamed ({changed.Name})");
    }

    public async Task<IncidentSettings> DeactivateAuthorityAsync(DeactivateAuthority command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await FacilitatedAsync(command.ActorId);
        var authority = current.Authorities.FirstOrDefault(a => a.Id == command.AuthorityId) ?? throw RuleException.Of(IncidentRule.AuthorityNotFound);
        if (!authority.Active)
        {
            throw RuleException.Of(IncidentRule.AuthorityInactive);
        }

        var changed = authority with { Active = false };
        var next = current with { Authorities = [.. current.Authorities.Select(a => a.Id == changed.Id ? changed : a)] };
        return await CommitAsync(current, next, [IncidentSettingsStore.UpdateAuthority(groupId, changed)], command.ActorId, "authority_deactivated", $"Authority deactivated ({changed.Name})");
    }

    public async Task<IncidentSettings> AppointHandlerAsync(AppointHandler command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await FacilitatedAsync(command.ActorId);
        var role = await store.RoleAsync(groupId, command.UserId);
        if (role is not GroupRole.Member and not GroupRole.Facilitator)
        {
            throw RuleException.Of(IncidentRule.NotSeated, "UserId");
        }

        if (current.Handlers.Contains(command.UserId, StringComparer.Ordinal))
        {
            return current;
        }

        var next = current with { Handlers = [.. current.Handlers, command.UserId] };
        return await CommitAsync(current, next, [IncidentSettingsStore.InsertHandler(groupId, command.UserId)], command.ActorId, "handler_appointed", "Case handler appointed");
    }

    public async Task<IncidentSettings> DismissHandlerAsync(DismissHandler command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await FacilitatedAsync(command.ActorId);
        if (!current.Handlers.Contains(command.UserId, StringComparer.Ordinal))
        {
            throw RuleException.Of(IncidentRule.HandlerNotFound, "UserId");
        }

        var next = current with { Handlers = [.. current.Handlers.Where(h => h != command.UserId)] };
        return await CommitAsync(current, next, [IncidentSettingsStore.DeleteHandler(groupId, command.UserId)], command.ActorId, "handler_removed", "Case handler removed");
    }

    private async Task<IncidentSettings> FacilitatedAsync(string actorId)
    {
        if (await store.RoleAsync(groupId, actorId) is not GroupRole.Facilitator)
        {
            throw RuleException.Of(IncidentRule.NotAllowed);
        }

        return loaded ?? IncidentSettings.Defaults(groupId);
    }

    private async Task<IncidentSettings> CommitAsync(IncidentSettings current, IncidentSettings next, IReadOnlyList<StateWrite> related, string actor, string action, string summary)
    {
        next = next with { Version = current.Version + 1 };
        var write = current.Version == 0 ? IncidentSettingsStore.Insert(next) : IncidentSettingsStore.Update(next, current.Version);
        await persistence.CommitAndPublishAsync(
            write,
            related,
            new NewJournalEntry(groupId, IncidentAudience.SettingsEntity, groupId.ToString("D"), action, actor, summary),
            e => new IncidentSettingsChanged(groupId, e.Seq));
        loaded = next;
        return next;
    }
}
