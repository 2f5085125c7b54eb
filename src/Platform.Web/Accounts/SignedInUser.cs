namespace Platform.Web.Accounts;

/// <summary>Who is looking: the signed-in person's account id, or null for an anonymous visitor.</summary>
public static class SignedInUser
{
    public static string? UserId(this ClaimsPrincipal? user) => user?.FindFirst(ClaimTypes.NameIdentifier)?.Value;
}
