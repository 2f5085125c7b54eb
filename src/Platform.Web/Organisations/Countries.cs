using System.Globalization;
using Platform.Grains.Organisations;

namespace Platform.Web.Organisations;

/// <summary>A country to choose: its ISO 3166-1 alpha-2 code (what is stored) and its English name.</summary>
public sealed record Country(string Code, string Name);

/// <summary>
/// Every ISO 3166-1 country the runtime's ICU data knows, generated once from the specific cultures. Names are the
/// culture-invariant English ones (RegionInfo.EnglishName): RegionInfo.DisplayName does not follow the UI language on
/// Linux, and a hand-kept translated list of ~250 names in three languages would drift. The code is shown beside the name.
/// </summary>
public static class Countries
{
    private static readonly Dictionary<string, string> Names = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(RegionOf)
        .OfType<RegionInfo>()
        .Where(r => OrganisationRules.IsCountryCode(r.TwoLetterISORegionName))
        .DistinctBy(r => r.TwoLetterISORegionName)
        .ToDictionary(r => r.TwoLetterISORegionName, r => r.EnglishName, StringComparer.Ordinal);

    public static IReadOnlyList<Country> All { get; } =
        [.. Names.Select(n => new Country(n.Key, n.Value)).OrderBy(c => c.Name, StringComparer.InvariantCultureIgnoreCase)];

    public static bool IsKnown(string? code) => code is not null && Names.ContainsKey(code);

    /// <summary>"Colombia (CO)"; an unknown code is shown as it is.</summary>
    public static string Label(string code) => Names.TryGetValue(code, out var name) ? $"{name} ({code})" : code;

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
