using Platform.Grains.Access;

namespace Platform.Grains.MeetingRecords;

/// <summary>Who may read the restricted parts of a record: members and facilitators of the group (and administrators).</summary>
public static class RecordAudience
{
    /// <summary>Observers see the record without restricted parts; donors never reach record pages at all.</summary>
    public static bool SeesRestricted(GroupStanding viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.Allows(GroupAction.View) && (viewer.IsAdministrator || viewer.Role is GroupRole.Facilitator or GroupRole.Member);
    }
}
