namespace Platform.Grains.WorkingGroups;

/// <summary>One person's seat in a group: the organisation they act for there and their role.</summary>
[GenerateSerializer, Immutable, Alias("rt.GroupMember")]
public sealed record GroupMember(string UserId, Guid OrganisationId, GroupRole Role, DateTimeOffset JoinedAt);
