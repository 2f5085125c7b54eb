namespace Platform.Grains.Incidents;

/// <summary>Field rules shared by the grain and the forms; each returns the cleaned value or throws with the field's name.</summary>
public static class IncidentRules
{
    public const int NarrativeMax = 10_000;
    public const int PlaceMax = 300;
    public const int SummaryMax = 2_000;
    public const int ReasonMax = 2_000;
    public const int ReferenceMax = 200;
    public const int NoteMax = 2_000;
    public const int MessageMax = 4_000;
    public const int NameMax = 200;
    public const int ContactMax = 300;
    public const int LinkMax = 2_000;
    public const int FileNameMax = 200;
    public const int AuthorityNameMax = 200;
    public const int AllegedMax = 20;
    public const int AffectedMax = 100_000;
    public const int FileMaxBytes = 2 * 1024 * 1024;
    public const int RetentionDaysMax = 36_500;
    public const int FollowUpDaysMax = 365;

    public static string Narrative(string? text) => Required(text, NarrativeMax, "Narrative", IncidentRule.NarrativeRequired, IncidentRule.NarrativeTooLong);

    public static string Reason(string? text) => Required(text, ReasonMax, "Reason", IncidentRule.ReasonRequired, IncidentRule.ReasonTooLong);

    public static string Body(string? text) => Required(text, MessageMax, "Body", IncidentRule.BodyRequired, IncidentRule.BodyTooLong);

    public static string Name(string? text) => Required(text, NameMax, "Name", IncidentRule.NameRequired, IncidentRule.NameTooLong);

    public static string AuthorityName(string? text) => SingleLine.Clean(Required(text, AuthorityNameMax, "Name", IncidentRule.NameRequired, IncidentRule.NameTooLong));

    public static string? Optional(string? text, int max, IncidentRule tooLong, string field)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed.Length == 0 ? null : trimmed.Length > max ? throw RuleException.Of(tooLong, field) : trimmed;
    }

    public static string Link(string? link)
    {
        var trimmed = (link ?? "").Trim();
        return WebLink.IsSafe(trimmed, LinkMax) ? trimmed : throw RuleException.Of(IncidentRule.LinkInvalid, "Link");
    }

    public static IncidentPlace? Place(IncidentPlace? place)
    {
        if (place is null)
        {
            return null;
        }

        var name = Optional(place.Name, PlaceMax, IncidentRule.PlaceTooLong, "Place");
        if ((place.Latitude is null) != (place.Longitude is null)
            || place.Latitude is < -90 or > 90 || place.Longitude is < -180 or > 180)
        {
            throw RuleException.Of(IncidentRule.Coordinates, "Coordinates");
        }

        return name is null && place.Latitude is null ? null : new IncidentPlace(name ?? "", place.Latitude, place.Longitude);
    }

    public static AffectedCounts Affected(AffectedCounts? counts)
    {
        var c = counts ?? AffectedCounts.None;
        int[] all = [c.Women, c.Men, c.Girls, c.Boys, c.Unknown];
        return all.Any(n => n is < 0 or > AffectedMax) ? throw RuleException.Of(IncidentRule.Affected, "Affected") : c;
    }

    public static IncidentSeverity Severity(IncidentSeverity? severity)
    {
        static bool Valid(int n) => n is >= IncidentSeverity.Min and <= IncidentSeverity.Max;
        return severity is { } s && Valid(s.Scale) && Valid(s.Scope) && Valid(s.Irremediability)
            ? s
            : throw RuleException.Of(IncidentRule.Severity, "Severity");
    }

    public static IReadOnlyList<AllegedParty> Alleged(IReadOnlyList<AllegedParty>? alleged)
    {
        var list = (alleged ?? []).Distinct().ToList();
        return list.Count > AllegedMax ? throw RuleException.Of(IncidentRule.AllegedTooMany, "Alleged") : list;
    }

    private static string Required(string? value, int max, string field, IncidentRule missing, IncidentRule tooLong)
    {
        var trimmed = (value ?? "").Trim();
        if (trimmed.Length == 0)
        {
            throw RuleException.Of(missing, field);
        }

        return trimmed.Length > max ? throw RuleException.Of(tooLong, field) : trimmed;
    }
}
