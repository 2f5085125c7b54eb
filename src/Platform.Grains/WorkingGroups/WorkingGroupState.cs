namespace Platform.Grains.WorkingGroups;

/// <summary>A working group as its grain holds it; <see cref="Version"/> is the stored row's version.</summary>
[GenerateSerializer, Immutable, Alias("rt.WorkingGroupState")]
public sealed record WorkingGroupState(
    Guid Id,
    GroupDetails Details,
    GroupStatus Status,
    IReadOnlyList<GroupMember> Members,
    DateTimeOffset CreatedAt,
    long Version)
{
    public GroupMember? MemberOf(string userId) => Members.FirstOrDefault(m => m.UserId == userId);

    public int FacilitatorCount => Members.Count(m => m.Role == GroupRole.Facilitator);
}
