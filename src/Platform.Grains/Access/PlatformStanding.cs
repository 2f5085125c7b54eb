namespace Platform.Grains.Access;

/// <summary>A person's platform-wide rights, read fresh from the database (never trusted from the cookie).</summary>
public sealed record PlatformStanding(bool IsAdministrator, bool IsDonor, bool FacilitatesAnyGroup)
{
    public static readonly PlatformStanding None = new(false, false, false);

    /// <summary>Administrators and facilitators set up organisations and new working groups.</summary>
    public bool CanSetUpForums => IsAdministrator || FacilitatesAnyGroup;
}
