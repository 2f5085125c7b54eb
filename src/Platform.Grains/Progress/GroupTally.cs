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

    /// <summary>
    /// The earliest stored time at or after the window's end (now) that a row of this group carries: a meeting's start,
    /// an item or commitment made, an item closed. Until then, and until the group's next local midnight, the tally
    /// stays what it is unless a row changes; null when there is none.
    /// </summary>
    public string? NextChange { get; private set; }

    public void NoteChange(string? at)
    {
        if (at is not null && (NextChange is null || string.CompareOrdinal(at, NextChange) < 0))
        {
            NextChange = at;
        }
    }

    /// <summary>A copy with the people figures of one request; the arrays and dictionaries are shared and read only.</summary>
    public GroupTally WithPeople(long women, long declared, long types)
    {
        var copy = (GroupTally)MemberwiseClone();
        (copy.PeriodWomen, copy.PeriodDeclared, copy.TypesPresent) = (women, declared, types);
        return copy;
    }
}
