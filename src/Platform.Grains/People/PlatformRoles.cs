namespace Platform.Grains.People;

/// <summary>Roles that apply across the whole platform (working-group roles live with the group).</summary>
public static class PlatformRoles
{
    public const string Administrator = "administrator";

    public const string Donor = "donor";

    public static readonly IReadOnlyList<string> All = [Administrator, Donor];

    /// <summary>Returns the stored role name for any spelling (Identity hands stores upper-cased names), or null.</summary>
    public static string? Match(string? name) =>
        All.FirstOrDefault(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase));
}
