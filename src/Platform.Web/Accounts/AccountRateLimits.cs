namespace Platform.Web.Accounts;

/// <summary>Name of the rate-limiting policy the host must register for sign-in, setup, invitation and reset pages.</summary>
public static class AccountRateLimits
{
    public const string Policy = "auth";
}

/// <summary>
/// Marks a page whose posts are limited per account as well as per address: <paramref name="field"/> is the form field
/// naming the account (an e-mail address), so guesses spread over many addresses still count against one account.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LimitPerAccountAttribute(string field) : Attribute
{
    public string Field { get; } = field;
}
