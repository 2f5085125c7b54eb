namespace Platform.Grains.People;

/// <summary>
/// What a person needs to recognise a sign-in among their sessions, and no more: a browser family and an operating
/// system family from short fixed lists, read from the User-Agent header at sign-in. Versions, device models and the
/// header itself are never kept. Stored as "Browser/System" (either part may be empty); null when neither is known.
/// </summary>
public static class DeviceDescription
{
    // Order matters: Edge, Opera and Samsung Internet also say "Chrome", Chrome also says "Safari".
    private static readonly (string Marker, string Name)[] Browsers =
    [
        ("Edg", "Edge"),
        ("OPR/", "Opera"),
        ("SamsungBrowser/", "Samsung Internet"),
        ("Firefox/", "Firefox"),
        ("FxiOS/", "Firefox"),
        ("CriOS/", "Chrome"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
    ];

    // iPhones say "like Mac OS X" and Android says "Linux": the specific names come first.
    private static readonly (string Marker, string Name)[] Systems =
    [
        ("Windows", "Windows"),
        ("Android", "Android"),
        ("iPhone", "iOS"),
        ("iPod", "iOS"),
        ("iPad", "iPadOS"),
        ("CrOS", "ChromeOS"),
        ("Macintosh", "macOS"),
        ("Mac OS X", "macOS"),
        ("Linux", "Linux"),
    ];

    /// <summary>The longest header read: anything longer is not a browser's, and is not searched.</summary>
    private const int MaxHeader = 1024;

    /// <summary>"Firefox/Android", "Chrome/", "/Linux", or null when <paramref name="userAgent"/> names nothing known.</summary>
    public static string? FromUserAgent(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent) || userAgent.Length > MaxHeader)
        {
            return null;
        }

        var browser = First(Browsers, userAgent);
        var system = First(Systems, userAgent);
        return browser is null && system is null ? null : $"{browser}/{system}";
    }

    /// <summary>The two parts of a stored description; a part that is not on the lists (a tampered row) is dropped.</summary>
    public static (string? Browser, string? System) Parts(string? stored)
    {
        var slash = stored?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (stored is null || slash < 0)
        {
            return (null, null);
        }

        var browser = stored[..slash];
        var system = stored[(slash + 1)..];
        return (Browsers.Any(b => b.Name == browser) ? browser : null, Systems.Any(s => s.Name == system) ? system : null);
    }

    private static string? First((string Marker, string Name)[] list, string userAgent) =>
        list.FirstOrDefault(entry => userAgent.Contains(entry.Marker, StringComparison.Ordinal)).Name;
}
