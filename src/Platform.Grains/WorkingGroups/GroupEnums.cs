namespace Platform.Grains.WorkingGroups;

/// <summary>How far a group's remit reaches.</summary>
public enum GroupScope
{
    National,
    Regional,
    Local,
    Site,
}

/// <summary>Whether a group currently meets.</summary>
public enum GroupStatus
{
    Active,
    Paused,
    Closed,
}

/// <summary>How often a group plans to meet; donors' "meetings held against planned" reads it.</summary>
public enum MeetingCadence
{
    Weekly,
    Fortnightly,
    Monthly,
    Bimonthly,
    Quarterly,
    AsNeeded,
}
