namespace Platform.Grains.Commitments;

/// <summary>Field rules shared by the grain and the forms; each returns the cleaned value or throws with the field's name.</summary>
public static class CommitmentRules
{
    public const int TextMax = 2000;
    public const int TitleMax = 200;
    public const int NoteMax = 500;
    public const int LinkMax = 2000;

    /// <summary>Those acting for the pledging organisation (not as observers) and the group's facilitators may change it.</summary>
    public static bool MayChange((Guid OrganisationId, string Role)? seat, Guid organisationId) =>
        seat is { } s && (s.Role == "facilitator" || (s.OrganisationId == organisationId && s.Role != "observer"));

    public static string Text(string? text) => Required(text, TextMax, "Text", CommitmentRule.TextRequired, CommitmentRule.TextTooLong);

    public static string Title(string? title) => Required(title, TitleMax, "Title", CommitmentRule.TitleRequired, CommitmentRule.TitleTooLong);

    public static string Note(string? note)
    {
        var trimmed = (note ?? "").Trim();
        return trimmed.Length > NoteMax ? throw RuleException.Of(CommitmentRule.NoteTooLong, "Note") : trimmed;
    }

    public static string Link(string? link)
    {
        var trimmed = (link ?? "").Trim();
        return WebLink.IsSafe(trimmed, LinkMax) ? trimmed : throw RuleException.Of(CommitmentRule.LinkInvalid, "Link");
    }

    private static string Required(string? value, int max, string field, CommitmentRule missing, CommitmentRule tooLong)
    {
        var trimmed = (value ?? "").Trim();
        if (trimmed.Length == 0)
        {
            throw RuleException.Of(missing, field);
        }

        return trimmed.Length > max ? throw RuleException.Of(tooLong, field) : trimmed;
    }
}
