namespace Platform.Grains.WorkingGroups;

/// <summary>A row of "my groups".</summary>
public sealed record MyGroup(Guid GroupId, string Name, string Country, GroupRole Role, GroupStatus Status, int MemberCount);

/// <summary>A person at the table as the group page shows them; gender feeds only the balance panel's share.</summary>
public sealed record MemberView(string UserId, string DisplayName, string Gender, Guid OrganisationId, string OrganisationName, StakeholderType StakeholderType, GroupRole Role);

/// <summary>One line of a group's activity feed.</summary>
public sealed record ActivityView(long Seq, string EntityKind, string Action, DateTimeOffset OccurredAt, string? ActorName)
{
    /// <summary>The journal's key of what the entry is about (a meeting, an action item, a person…).</summary>
    public string EntityKey { get; init; } = "";

    /// <summary>What the entry names, as the group reads it today: a meeting's or an item's title, a person's name; null when gone or nameless.</summary>
    public string? Subject { get; init; }
}

/// <summary>An organisation a person can act for, for choosing in forms.</summary>
public sealed record OrganisationChoice(Guid Id, string Name, string Country, StakeholderType StakeholderType);
