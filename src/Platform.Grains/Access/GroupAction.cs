namespace Platform.Grains.Access;

/// <summary>The things a person may ask to do on a working group.</summary>
public enum GroupAction
{
    /// <summary>Read the group's pages: members, meetings, records (restricted parts decided separately).</summary>
    View,

    /// <summary>Add and update items: action items, progress, own commitments.</summary>
    Contribute,

    /// <summary>Run the group: details, membership, meetings, publishing records.</summary>
    Facilitate,

    /// <summary>Platform administration of the group.</summary>
    Administer,

    /// <summary>See aggregate figures only: no names, notes or incidents (donors).</summary>
    SeeAggregates,
}
