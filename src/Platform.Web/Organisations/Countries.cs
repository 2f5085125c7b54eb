namespace Platform.Web.Organisations;

/// <summary>A country to choose: its ISO 3166-1 alpha-2 code (what is stored) and its name in the reader's language.</summary>
public sealed record Country(string Code, string Name);

/// <summary>
/// Every ISO 3166-1 country the runtime's ICU data knows, generated once from the specific cultures, named in the reader's
/// language (<see cref="RegionNames"/>: RegionInfo.DisplayName does not follow the UI language on Linux, and a hand-kept
/// translated list of ~250 names in three languages would drift), in English where ICU cannot say. The code is shown
/// beside the name.
/// </summary>
public static class Countries
{
    private static readonly Dictionary<string, string> Names = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(RegionOf)
        .OfType<RegionInfo>()
        .Where(r => OrganisationRules.IsCountryCode(r.TwoLetterISORegionName))
        .DistinctBy(r => r.TwoLetterISORegionName)
        .ToDictionary(r => r.TwoLetterISORegionName, r => r.EnglishName, StringComparer.Ordinal);

    /// <summary>Every country, named and ordered in the reader's language (the current UI culture).</summary>
    public static IReadOnlyList<Country> All
    {
        get
        {
            var culture = CultureInfo.CurrentUICulture;
            return [.. Names.Keys.Select(code => new Country(code, Name(code)))
                .OrderBy(c => c.Name, StringComparer.Create(culture, CompareOptions.IgnoreCase))];
        }
    }

    public static bool IsKnown(string? code) => code is not null && Names.ContainsKey(code);

    /// <summary>"Alemania (DE)" for a Spanish reader; an unknown code is shown as it is.</summary>
    public static string Label(string code) => Names.ContainsKey(code) ? $"{Name(code)} ({code})" : code;

    /// <summary>The country's name in the reader's language (the current UI culture), or its English name.</summary>
    public static string Name(string code) =>
        RegionNames.In(CultureInfo.CurrentUICulture, code) ?? (Names.TryGetValue(code, out var english) ? english : code);

    private static RegionInfo? RegionOf(CultureInfo culture)
    {
        try
        {
            return new RegionInfo(culture.Name);
        }
        catch (ArgumentException)
        {
            return null; // a culture without a region of its own
        }
    }
}
