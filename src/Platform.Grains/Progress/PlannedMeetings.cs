namespace Platform.Grains.Progress;

/// <summary>Meetings the cadence plans in a window, prorated by time (a year is 365.25 days); null for "as needed".</summary>
public static class PlannedMeetings
{
    public static double? PerYear(MeetingCadence cadence) => cadence switch
    {
        MeetingCadence.Weekly => 52,
        MeetingCadence.Fortnightly => 26,
        MeetingCadence.Monthly => 12,
        MeetingCadence.Bimonthly => 6,
        MeetingCadence.Quarterly => 4,
        _ => null,
    };

    /// <summary>The plan for [from, to), counted only after the group was created.</summary>
    public static double? Between(MeetingCadence cadence, DateTimeOffset createdAt, DateTimeOffset from, DateTimeOffset to)
    {
        if (PerYear(cadence) is not { } perYear)
        {
            return null;
        }

        var start = createdAt > from ? createdAt : from;
        return to <= start ? 0 : perYear * (to - start).TotalDays / 365.25;
    }
}
