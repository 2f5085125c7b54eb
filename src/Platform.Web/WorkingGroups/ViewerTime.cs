using System.Security.Claims;
using Platform.Web.Accounts;

namespace Platform.Web.WorkingGroups;

/// <summary>Times shown in the viewer's own time zone (from their profile claim), UTC when unknown.</summary>
public static class ViewerTime
{
    public static DateTimeOffset Local(ClaimsPrincipal? user, DateTimeOffset utc)
    {
        var id = user?.FindFirst(AccountClaims.TimeZone)?.Value;
        if (TimeZones.IsKnown(id))
        {
            try
            {
                return TimeZoneInfo.ConvertTime(utc, TimeZoneInfo.FindSystemTimeZoneById(id!));
            }
            catch (TimeZoneNotFoundException)
            {
                // Listed once but no longer on this host: UTC is honest rather than a guess.
            }
        }

        return utc.ToUniversalTime();
    }

    public static string? UserId(ClaimsPrincipal? user) => user?.FindFirst(ClaimTypes.NameIdentifier)?.Value;
}
