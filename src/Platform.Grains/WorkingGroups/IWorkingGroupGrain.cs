namespace Platform.Grains.WorkingGroups;

/// <summary>One working group: its details, status and who sits in it. Refusals throw <see cref="RuleException"/>.</summary>
public interface IWorkingGroupGrain : IGrainWithGuidKey
{
    /// <summary>Creates the group with its first facilitator; refused if it already exists.</summary>
    Task<WorkingGroupState> CreateAsync(CreateWorkingGroup command);

    /// <summary>Replaces name, place, time zone, cadence, confidentiality rule and terms of reference.</summary>
    Task<WorkingGroupState> UpdateDetailsAsync(UpdateGroupDetails command);

    /// <summary>Marks the group active, paused or closed.</summary>
    Task<WorkingGroupState> SetStatusAsync(SetGroupStatus command);

    /// <summary>Seats a person for an organisation; one membership per person per group.</summary>
    Task<WorkingGroupState> AddMemberAsync(AddMember command);

    /// <summary>Changes a member's role; demoting the last facilitator is refused.</summary>
    Task<WorkingGroupState> ChangeRoleAsync(ChangeMemberRole command);

    /// <summary>Removes a member; removing the last facilitator is refused.</summary>
    Task<WorkingGroupState> RemoveMemberAsync(RemoveMember command);

    /// <summary>The group, or null when it does not exist.</summary>
    Task<WorkingGroupState?> GetAsync();
}
