namespace Platform.Grains.WorkingGroups;

/// <summary>What a facilitator edits about a group; membership and status change through their own commands.</summary>
[GenerateSerializer, Immutable, Alias("rt.GroupDetails")]
public sealed record GroupDetails(
    string Name,
    GroupScope Scope,
    string Country,
    string? Region,
    string TimeZone,
    MeetingCadence Cadence,
    string ConfidentialityRule,
    bool NonAttribution,
    string TermsOfReference)
{
    public string Name { get; init => field = SingleLine.Clean(value); } = SingleLine.Clean(Name);

    public string Country { get; init => field = SingleLine.Clean(value); } = SingleLine.Clean(Country);

    public string? Region { get; init => field = SingleLine.Clean(value); } = SingleLine.Clean(Region);

    public string TimeZone { get; init => field = SingleLine.Clean(value); } = SingleLine.Clean(TimeZone);

    public const int MaxNameLength = 120;
    public const int MaxRegionLength = 120;
    public const int MaxConfidentialityLength = 2000;
    public const int MaxTermsLength = 20000;

    /// <summary>Trimmed, country upper-cased, empty region as null: what is stored.</summary>
    public GroupDetails Normalized() => this with
    {
        Name = Name.Trim(),
        Country = Country.Trim().ToUpperInvariant(),
        Region = string.IsNullOrWhiteSpace(Region) ? null : Region.Trim(),
        TimeZone = TimeZone.Trim(),
        ConfidentialityRule = ConfidentialityRule.Trim(),
        TermsOfReference = TermsOfReference.Trim(),
    };

    /// <summary>Every problem as (field, code); the Web layer shows each next to its field in the reader's language.</summary>
    public IReadOnlyList<(string Field, GroupRule Code)> Problems()
    {
        var problems = new List<(string, GroupRule)>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add((nameof(Name), GroupRule.NameRequired));
        }
        else if (Name.Trim().Length > MaxNameLength)
        {
            problems.Add((nameof(Name), GroupRule.NameTooLong));
        }

        if (!IsCountry(Country))
        {
            problems.Add((nameof(Country), GroupRule.CountryInvalid));
        }

        if (Region?.Trim().Length > MaxRegionLength)
        {
            problems.Add((nameof(Region), GroupRule.RegionTooLong));
        }

        if (!IsTimeZone(TimeZone))
        {
            problems.Add((nameof(TimeZone), GroupRule.TimeZoneUnknown));
        }

        if (!Enum.IsDefined(Scope))
        {
            problems.Add((nameof(Scope), GroupRule.ScopeInvalid));
        }

        if (!Enum.IsDefined(Cadence))
        {
            problems.Add((nameof(Cadence), GroupRule.CadenceInvalid));
        }

        if (ConfidentialityRule.Length > MaxConfidentialityLength)
        {
            problems.Add((nameof(ConfidentialityRule), GroupRule.TextTooLong));
        }

        if (TermsOfReference.Length > MaxTermsLength)
        {
            problems.Add((nameof(TermsOfReference), GroupRule.TextTooLong));
        }

        return problems;
    }

    private static bool IsCountry(string? code)
    {
        var text = code?.Trim().ToUpperInvariant();
        if (text is not { Length: 2 } || !text.All(char.IsAsciiLetterUpper))
        {
            return false;
        }

        try
        {
            // RegionInfo knows the ISO 3166 codes; "XX" and friends throw.
            return new RegionInfo(text).TwoLetterISORegionName == text;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool IsTimeZone(string? id)
    {
        // IANA ids only (e.g. America/Bogota); on Linux the system time zone database answers for them.
        if (string.IsNullOrWhiteSpace(id) || (!id.Contains('/', StringComparison.Ordinal) && id.Trim() != "UTC"))
        {
            return false;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id.Trim()) is not null;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
