namespace Platform.Web.Forms;

/// <summary>
/// Reads what a page takes from its query string. Pages take query values as strings and read them here, because the
/// framework answers 500 when a typed [SupplyParameterFromQuery] value does not parse (<c>?page=abc</c>); anything a
/// person or a link could type must give the page's plain view instead.
/// </summary>
public static class QueryValue
{
    /// <summary>A page number: at least 1; anything else (missing, "abc", "-1", too large) is 1.</summary>
    public static int Page(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? page : 1;

    /// <summary>A positive whole number, or null when the value is missing or is not one.</summary>
    public static int? Positive(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 ? number : null;

    /// <summary>A flag: "true", "on" and "1" (in any case) are set; anything else is not.</summary>
    public static bool Flag(string? value) =>
        value?.Trim().ToLowerInvariant() is "true" or "on" or "1";
}
