using System.Security.Claims;

namespace Platform.Web.WorkingGroups;

/// <summary>Who is looking. Their times are written by <see cref="Localization.ViewerClock"/>.</summary>
public static class ViewerTime
{
    public static string? UserId(ClaimsPrincipal? user) => user?.FindFirst(ClaimTypes.NameIdentifier)?.Value;
}
