namespace Platform.Web.Incidents;

/// <summary>
/// Links between the public report pages carry the chosen language in the query (<c>?lang=es</c>), read by the host
/// for these paths only: no language cookie is left on the reporter's phone.
/// </summary>
public static class IntakeLinks
{
    public const string LanguageQuery = "lang";

    public static string Path(string path, string? language) =>
        SupportedCultures.Match(language) is { } chosen ? $"{path}?{LanguageQuery}={chosen}" : path;
}
