namespace Platform.Web.Accounts;

/// <summary>Name of the rate-limiting policy the host must register for sign-in, setup, invitation and reset pages.</summary>
public static class AccountRateLimits
{
    public const string Policy = "auth";
}
