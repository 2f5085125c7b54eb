namespace Platform.Host.Tests.Access;

/// <summary>What a request came to, in the matrix's words.</summary>
internal static class MatrixOutcome
{
    public const string Allowed = "Allowed";
    public const string SignIn = "SignIn";
    public const string Denied = "Denied";

    /// <summary>
    /// Allowed: 2xx, or a redirect elsewhere than sign-in or access-denied; for POST also 400, because authorisation runs
    /// before antiforgery here, so a tokenless post that reaches the antiforgery check was let through. SignIn: redirect to
    /// the sign-in page. Denied: redirect to access-denied, 403 or 404. Anything else is named by its status code.
    /// </summary>
    public static string Of(string method, HttpStatusCode status, string? location)
    {
        var code = (int)status;
        return code switch
        {
            >= 200 and < 300 => Allowed,
            >= 300 and < 400 when location?.Contains("/account/sign-in", StringComparison.Ordinal) == true => SignIn,
            >= 300 and < 400 when location?.Contains("/account/access-denied", StringComparison.Ordinal) == true => Denied,
            >= 300 and < 400 => Allowed,
            403 or 404 => Denied,
            400 when method == "POST" => Allowed,
            _ => $"Status{code}",
        };
    }
}
