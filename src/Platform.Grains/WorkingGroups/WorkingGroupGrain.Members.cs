namespace Platform.Grains.WorkingGroups;

/// <summary>Membership commands: one seat per person per group, and the group always keeps a facilitator.</summary>
public sealed partial class WorkingGroupGrain
{
    public async Task<WorkingGroupState> AddMemberAsync(AddMember command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = Existing();
        RequireRole(command.Role);
        if (current.MemberOf(command.UserId) is not null)
        {
            throw RuleException.Of(GroupRule.AlreadyMember);
        }

        await RequireReferencesAsync(command.OrganisationId, command.UserId);
        var member = new GroupMember(command.UserId, command.OrganisationId, command.Role, time.GetUtcNow());
        var next = current with { Members = [.. current.Members, member], Version = current.Version + 1 };
        await CommitAsync(
            WorkingGroupStore.Update(next, current.Version),
            [WorkingGroupStore.InsertMember(id, member)],
            Entry("membership", command.UserId, "member_added", command.ActorId ?? command.UserId, $"Member added as {EnumText.ToText(command.Role)}"),
            entry => new MemberAdded(id, command.UserId, command.Role, entry.Seq),
            next);
        return next;
    }

    public async Task<WorkingGroupState> ChangeRoleAsync(ChangeMemberRole command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = Existing();
        RequireRole(command.Role);
        var member = current.MemberOf(command.UserId) ?? throw RuleException.Of(GroupRule.NotMember);
        if (member.Role == command.Role)
        {
            return current;
        }

        KeepAFacilitator(current, member);
        var changed = member with { Role = command.Role };
        var next = current with { Members = [.. current.Members.Select(m => m == member ? changed : m)], Version = current.Version + 1 };
        await CommitAsync(
            WorkingGroupStore.Update(next, current.Version),
            [WorkingGroupStore.UpdateRole(id, command.UserId, command.Role)],
            Entry("membership", command.UserId, "role_changed", command.ActorId, $"Role changed from {EnumText.ToText(member.Role)} to {EnumText.ToText(command.Role)}"),
            entry => new MemberRoleChanged(id, command.UserId, command.Role, entry.Seq),
            next);
        return next;
    }

    public async Task<WorkingGroupState> RemoveMemberAsync(RemoveMember command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = Existing();
        var member = current.MemberOf(command.UserId) ?? throw RuleException.Of(GroupRule.NotMember);
        KeepAFacilitator(current, member);
        var next = current with { Members = [.. current.Members.Where(m => m != member)], Version = current.Version + 1 };
        await CommitAsync(
            WorkingGroupStore.Update(next, current.Version),
            [WorkingGroupStore.DeleteMember(id, command.UserId)],
            Entry("membership", command.UserId, "member_removed", command.ActorId, $"Member removed (was {EnumText.ToText(member.Role)})"),
            entry => new MemberRemoved(id, command.UserId, entry.Seq),
            next);
        return next;
    }

    /// <summary>Refuses to let <paramref name="leaving"/> stop being a facilitator (by a new role or by leaving) when they are the last one.</summary>
    private static void KeepAFacilitator(WorkingGroupState current, GroupMember leaving)
    {
        if (leaving.Role == GroupRole.Facilitator && current.FacilitatorCount == 1)
        {
            throw RuleException.Of(GroupRule.LastFacilitator);
        }
    }

    private static void RequireRole(GroupRole role)
    {
        if (!Enum.IsDefined(role))
        {
            throw RuleException.Of(GroupRule.RoleInvalid);
        }
    }

    private async Task RequireReferencesAsync(Guid organisationId, string userId)
    {
        var (organisationExists, personExists, personIsDonor) = await store.ReferencesExistAsync(organisationId, userId);
        if (!organisationExists)
        {
            throw RuleException.Of(GroupRule.OrganisationUnknown);
        }

        if (!personExists)
        {
            throw RuleException.Of(GroupRule.PersonUnknown);
        }

        // Donors see aggregate figures only; a seat would show them names, notes and the action-item list.
        if (personIsDonor)
        {
            throw RuleException.Of(GroupRule.DonorCannotSit);
        }
    }
}
