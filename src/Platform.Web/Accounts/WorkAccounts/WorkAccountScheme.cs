namespace Platform.Web.Accounts.WorkAccounts;

/// <summary>
/// Sign-in with a Microsoft work account (OpenID Connect through Microsoft.Identity.Web). It exists only when an operator
/// configured it (WorkAccounts:ClientId): every page asks the registered schemes, so nothing is offered that cannot work.
/// </summary>
public static class WorkAccountScheme
{
    public const string Name = "work";

    /// <summary>Carries an invitation's token through the provider, inside the protected authentication properties.</summary>
    public const string InvitationItem = "rt.invitation";

    public static async Task<bool> IsEnabledAsync(IAuthenticationSchemeProvider schemes)
    {
        ArgumentNullException.ThrowIfNull(schemes);
        return await schemes.GetSchemeAsync(Name) is not null;
    }
}

/// <summary>How a work-account step ended, in the <c>work</c> query parameter of the page it returns to.</summary>
public static class WorkAccountOutcome
{
    /// <summary>The provider answered with an error, or the person turned back.</summary>
    public const string Failed = "failed";

    /// <summary>No Roundtable account uses this work account or a verified address of it: no access is created.</summary>
    public const string Unknown = "unknown";

    /// <summary>The account may not sign in now (deactivated or locked out): the same words as a wrong password.</summary>
    public const string NotAllowed = "not-allowed";

    /// <summary>The work account is linked to another Roundtable account already.</summary>
    public const string Taken = "taken";

    /// <summary>The invitation was used, expired or unknown.</summary>
    public const string Invitation = "invitation";

    /// <summary>An account with the invitation's address exists: sign in and link the work account from the profile.</summary>
    public const string Exists = "exists";

    /// <summary>Unlinking would leave no way to sign in: a password must be set first.</summary>
    public const string NeedsPassword = "needs-password";

    public const string Linked = "linked";

    public const string Unlinked = "unlinked";

    /// <summary>The localisation key for <paramref name="outcome"/>, or null for none we know.</summary>
    public static string? MessageKey(string? outcome) => outcome switch
    {
        Failed => "WorkAccount.Failed",
        Unknown => "WorkAccount.Unknown",
        NotAllowed => "SignIn.Failed",
        Taken => "WorkAccount.Taken",
        Invitation => "WorkAccount.InvitationInvalid",
        Exists => "WorkAccount.Exists",
        NeedsPassword => "WorkAccount.NeedsPassword",
        Linked => "WorkAccount.LinkedDone",
        Unlinked => "WorkAccount.UnlinkedDone",
        _ => null,
    };
}
