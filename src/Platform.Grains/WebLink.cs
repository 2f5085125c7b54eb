namespace Platform.Grains;

/// <summary>
/// A link people may follow from a page: a meeting's online link, an action item's or an incident's evidence, an
/// organisation's website. Every such link passes here.
/// </summary>
public static class WebLink
{
    public const int MaxLength = 500;

    /// <summary>Only absolute http and https: a javascript: or data: link on a page would run in members' browsers.</summary>
    public static bool IsSafe(string? link, int maxLength = MaxLength) =>
        link is { Length: > 0 } && link.Length <= maxLength
        && Uri.TryCreate(link, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0;
}
