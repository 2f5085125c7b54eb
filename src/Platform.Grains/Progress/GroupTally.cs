using Platform.Grains.Commitments;
using Platform.Grains.Organisations;
using Platform.Grains.WorkingGroups;

namespace Platform.Grains.Progress;

/// <summary>The raw numbers of one group, as the queries read them; never leaves this folder.</summary>
internal sealed class GroupTally(Guid id, string name, string country, MeetingCadence cadence, string timeZone, DateTimeOffset createdAt, int months)
{
    public Guid Id { get; } = id;
    public string Name { get; } = name;
    public string Country { get; } = country;
    public MeetingCadence Cadence { get; } = cadence;
    public string TimeZone { get; } = timeZone;
    public DateTimeOffset CreatedAt { get; } = createdAt;

    public long[] Held { get; } = new long[months];
    public long[] Decisions { get; } = new long[months];
    public long[] Invited { get; } = new long[months];
    public long[] Present { get; } = new long[months];
    public long[] Women { get; } = new long[months];
    public long[] Declared { get; } = new long[months];
    public long[] Opened { get; } = new long[months];
    public long[] Done { get; } = new long[months];
    public long[] DoneWithDue { get; } = new long[months];
    public long[] OnTime { get; } = new long[months];
    public long[] Overdue { get; } = new long[months];

    public long PeriodInvited { get; set; }

    public long PeriodPresent { get; set; }

    /// <summary>Distinct people over the whole period (not the sum of months).</summary>
    public long PeriodWomen { get; set; }

    public long PeriodDeclared { get; set; }

    public long TypesPresent { get; set; }

    public Dictionary<StakeholderType, long> PresentByType { get; } = [];

    public long PresentNotStated { get; set; }

    public Dictionary<CommitmentStatus, long> Commitments { get; } = [];
}
