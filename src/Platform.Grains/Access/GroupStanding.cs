namespace Platform.Grains.Access;

/// <summary>Everything that decides what one person may do on one working group, read fresh on every request.</summary>
public sealed record GroupStanding(bool GroupExists, GroupRole? Role, bool IsAdministrator, bool IsDonorForGroup)
{
    public static readonly GroupStanding None = new(false, null, false, false);

    /// <summary>The single rule table. A group that does not exist allows nothing, so ids cannot be probed.</summary>
    public bool Allows(GroupAction action) => GroupExists && action switch
    {
        GroupAction.View => IsAdministrator || Role is not null,
        GroupAction.Contribute => IsAdministrator || Role is GroupRole.Facilitator or GroupRole.Member,
        GroupAction.Facilitate => IsAdministrator || Role is GroupRole.Facilitator,
        GroupAction.Administer => IsAdministrator,
        // Issue 6: the progress summary is for donors with the group in their portfolio and for facilitators (who
        // report it to the plenary); members and observers read the group itself.
        GroupAction.SeeAggregates => IsAdministrator || Role is GroupRole.Facilitator || IsDonorForGroup,
        _ => false,
    };
}
