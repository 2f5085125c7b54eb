namespace Platform.Messages.Accounts;

/// <summary>Claim types Roundtable adds to the sign-in cookie beyond Identity's own.</summary>
public static class AccountClaims
{
    /// <summary>The preferred interface language; request localisation reads it before the cookie and Accept-Language.</summary>
    public const string Culture = "culture";

    public const string DisplayName = "display_name";

    /// <summary>IANA time zone id used to show dates in the person's local time.</summary>
    public const string TimeZone = "time_zone";

    /// <summary>
    /// Present while an administrator or facilitator has not turned on two-step verification (and has no grace):
    /// the two-step gate (Platform.Web.Accounts.TwoStep.TwoStepGate) then opens nothing but enrolment.
    /// </summary>
    public const string TwoStepRequired = "two_step_required";
}
