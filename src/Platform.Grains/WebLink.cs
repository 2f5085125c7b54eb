namespace Platform.Grains;

/// <summary>A link people may follow from a page: a meeting's online link, an action item's link to its evidence.</summary>
public static class WebLink
{
    /// <summary>Only http and https: a javascript: or data: link on a page would run in members' browsers.</summary>
    public static bool IsSafe(string link) =>
        link.Length <= 500
        && Uri.TryCreate(link, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
