namespace Platform.Grains.WorkingGroups;

/// <summary>How far a group's remit reaches.</summary>
[GenerateSerializer, Alias("rt.GroupScope")]
public enum GroupScope
{
    National,
    Regional,
    Local,
    Site,
}

/// <summary>Whether a group currently meets.</summary>
[GenerateSerializer, Alias("rt.GroupStatus")]
public enum GroupStatus
{
    Active,
    Paused,
    Closed,
}

/// <summary>How often a group plans to meet; donors' "meetings held against planned" reads it.</summary>
[GenerateSerializer, Alias("rt.MeetingCadence")]
public enum MeetingCadence
{
    Weekly,
    Fortnightly,
    Monthly,
    Bimonthly,
    Quarterly,
    AsNeeded,
}
