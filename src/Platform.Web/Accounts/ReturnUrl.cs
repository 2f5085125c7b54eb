namespace Platform.Web.Accounts;

/// <summary>Guards redirects after sign-in against being sent to another site.</summary>
public static class ReturnUrl
{
    /// <summary>Returns <paramref name="url"/> when it is a path on this site, else "/".</summary>
    public static string LocalOrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Contains("://", StringComparison.Ordinal)
            ? url
            : "/";
}
