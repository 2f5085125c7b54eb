namespace Platform.Grains.WorkingGroups;

/// <summary>What a person does in one working group. Stored as <c>facilitator</c>, <c>member</c>, <c>observer</c>.</summary>
[GenerateSerializer, Alias("rt.GroupRole")]
public enum GroupRole
{
    Facilitator,
    Member,
    Observer,
}
