namespace Platform.Grains.WorkingGroups;

/// <summary>Creates the group with <paramref name="CreatorId"/> as its first facilitator, acting for <paramref name="OrganisationId"/>.</summary>
[GenerateSerializer, Immutable, Alias("rt.CreateWorkingGroup")]
public sealed record CreateWorkingGroup(GroupDetails Details, string CreatorId, Guid OrganisationId);

/// <summary>Replaces the details; <paramref name="ExpectedVersion"/> is the group version the form showed (see <see cref="Runtime.EditVersion"/>).</summary>
[GenerateSerializer, Immutable, Alias("rt.UpdateGroupDetails")]
public sealed record UpdateGroupDetails(GroupDetails Details, string ActorId, long? ExpectedVersion = null);

[GenerateSerializer, Immutable, Alias("rt.SetGroupStatus")]
public sealed record SetGroupStatus(GroupStatus Status, string ActorId);

/// <summary>Seats <paramref name="UserId"/>; <paramref name="ActorId"/> is null when the person accepted an invitation themselves.</summary>
[GenerateSerializer, Immutable, Alias("rt.AddMember")]
public sealed record AddMember(string UserId, Guid OrganisationId, GroupRole Role, string? ActorId);

[GenerateSerializer, Immutable, Alias("rt.ChangeMemberRole")]
public sealed record ChangeMemberRole(string UserId, GroupRole Role, string ActorId);

[GenerateSerializer, Immutable, Alias("rt.RemoveMember")]
public sealed record RemoveMember(string UserId, string ActorId);
