namespace Platform.Messages.Localization;

/// <summary>The interface languages Roundtable ships in.</summary>
public static class SupportedCultures
{
    public const string Default = "en";

    public static readonly IReadOnlyList<string> Names = ["en", "es", "fr"];

    /// <summary>Returns the supported culture name for <paramref name="name"/> (e.g. "es-CO" → "es"), or null.</summary>
    public static string? Match(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var language = name.Split('-', 2)[0].ToLowerInvariant();
        return Names.Contains(language) ? language : null;
    }
}
