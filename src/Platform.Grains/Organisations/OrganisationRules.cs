namespace Platform.Grains.Organisations;

/// <summary>The limits and normalisation every surface shares; the store refuses anything outside them.</summary>
public static class OrganisationRules
{
    public const int MaxNameLength = 200;

    public const int MaxDescriptionLength = 2000;

    public const int MaxWebsiteLength = 500;

    /// <summary>Trimmed, composed (an accent typed on two phones compares equal) and upper-cased: the duplicate key with the country.</summary>
    public static string NormalizeName(string name) => name.Trim().Normalize(NormalizationForm.FormC).ToUpperInvariant();

    public static bool IsCountryCode(string? code) => code is { Length: 2 } && code.All(char.IsAsciiLetterUpper);

    public static bool IsWebsite(string? value) => WebLink.IsSafe(value, MaxWebsiteLength);

    /// <summary>Throws when <paramref name="details"/> breaks a rule: forms check first, so this only guards against programming errors.</summary>
    public static void Ensure(OrganisationDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var name = details.Name.Trim();
        if (name.Length is 0 or > MaxNameLength
            || !Enum.IsDefined(details.Type)
            || !IsCountryCode(details.Country)
            || details.Description is { Length: > MaxDescriptionLength }
            || (details.Website is not null && !IsWebsite(details.Website)))
        {
            throw new ArgumentException("The organisation's details break a rule the form should have checked.", nameof(details));
        }
    }
}
