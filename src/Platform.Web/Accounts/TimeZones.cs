namespace Platform.Web.Accounts;

/// <summary>The IANA time zones a person can pick, read from the operating system's time zone database.</summary>
public static class TimeZones
{
    public const string Default = "UTC";

    public static IReadOnlyList<string> Ids { get; } = Load();

    private static readonly HashSet<string> Known = new(Ids, StringComparer.Ordinal);

    public static bool IsKnown(string? id) => id is not null && Known.Contains(id);

    private static List<string> Load()
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
        {
            // Windows reports its own ids; convert so the stored value means the same on every host.
            var id = zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : null;

            // Region/City ids only: the Etc/GMT+n names have inverted signs and confuse people.
            if (id is not null && id.Contains('/', StringComparison.Ordinal) && !id.StartsWith("Etc/", StringComparison.Ordinal))
            {
                ids.Add(id);
            }
        }

        // UTC first: it is the default and what people pick when unsure.
        return [Default, .. ids];
    }
}
