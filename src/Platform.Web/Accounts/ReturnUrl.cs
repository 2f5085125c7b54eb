namespace Platform.Web.Accounts;

/// <summary>Guards redirects after sign-in and the language switch against being sent to another site.</summary>
public static class ReturnUrl
{
    /// <summary>
    /// Returns <paramref name="url"/> when it is a path on this site, else "/". A control character or white space refuses
    /// the path (a browser drops a tab, so "/\t/evil.example" would become "//evil.example"); other non-ASCII characters are
    /// percent-encoded, because a Location header carries ASCII only.
    /// </summary>
    public static string LocalOrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            && !url.Contains("://", StringComparison.Ordinal) && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
            ? AsciiOnly(url)
            : "/";

    private static string AsciiOnly(string url)
    {
        if (url.All(char.IsAscii))
        {
            return url;
        }

        var escaped = new StringBuilder(url.Length * 3);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                escaped.Append((char)rune.Value);
                continue;
            }

            foreach (var b in bytes[..rune.EncodeToUtf8(bytes)])
            {
                escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return escaped.ToString();
    }
}
