using Microsoft.AspNetCore.Identity;

namespace Platform.Web.Accounts.WorkAccounts;

/// <summary>
/// What happens once the provider has answered. A work account signs in only to the Roundtable account it is linked to;
/// it is linked only through an invitation, an address the provider says it verified, or by the signed-in person.
/// It never creates access by itself: roles and seats still come from a facilitator or an administrator.
/// Every sign-in passes Identity's own checks (deactivation, lockout, two-step verification).
/// </summary>
public sealed class WorkAccountSignIn(SignInManager<User> signIn, InvitationStore invitations, InvitationAcceptance acceptance, TimeProvider time)
{
    private UserManager<User> Users => signIn.UserManager;

    /// <summary>Finishes a sign-in (or an invitation's acceptance); answers the local address to go to next.</summary>
    public async Task<string> CompleteSignInAsync(string? returnUrl)
    {
        var next = ReturnUrl.LocalOrHome(returnUrl);
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            return SignInPage(WorkAccountOutcome.Failed, next);
        }

        try
        {
            if (info.AuthenticationProperties?.Items.TryGetValue(WorkAccountScheme.InvitationItem, out var token) == true && !string.IsNullOrEmpty(token))
            {
                return await AcceptInvitationAsync(info, token, next);
            }

            var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: false);
            if (result == SignInResult.Failed && await LinkVerifiedAddressAsync(info))
            {
                result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: false);
            }

            return Next(result, next);
        }
        finally
        {
            await signIn.Context.SignOutAsync(IdentityConstants.ExternalScheme);
        }
    }

    /// <summary>Links the work account the signed-in <paramref name="user"/> just proved at the provider.</summary>
    public async Task<string> CompleteLinkAsync(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var info = await signIn.GetExternalLoginInfoAsync(user.Id);
        if (info is null)
        {
            return WorkAccountPage(WorkAccountOutcome.Failed);
        }

        try
        {
            var added = await Users.AddLoginAsync(user, new UserLoginInfo(info.LoginProvider, info.ProviderKey, info.ProviderDisplayName));
            if (!added.Succeeded)
            {
                return WorkAccountPage(WorkAccountOutcome.Taken);
            }

            // Linking renewed the security stamp (other sessions end); this one carries on with the new stamp.
            await signIn.RefreshSignInAsync(user);
            return WorkAccountPage(WorkAccountOutcome.Linked);
        }
        finally
        {
            await signIn.Context.SignOutAsync(IdentityConstants.ExternalScheme);
        }
    }

    /// <summary>Unlinks <paramref name="user"/>'s work account, unless it is their only way to sign in.</summary>
    public async Task<string> UnlinkAsync(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await Users.HasPasswordAsync(user))
        {
            return WorkAccountPage(WorkAccountOutcome.NeedsPassword);
        }

        foreach (var login in (await Users.GetLoginsAsync(user)).Where(l => l.LoginProvider == WorkAccountScheme.Name))
        {
            await Users.RemoveLoginAsync(user, login.LoginProvider, login.ProviderKey);
        }

        await signIn.RefreshSignInAsync(user);
        return WorkAccountPage(WorkAccountOutcome.Unlinked);
    }

    private async Task<string> AcceptInvitationAsync(ExternalLoginInfo info, string token, string next)
    {
        var invitation = await invitations.FindAsync(OneTimeToken.HashOf(token));
        if (invitation is null || invitation.Check(time.GetUtcNow()) != TokenCheck.Valid)
        {
            return SignInPage(WorkAccountOutcome.Invitation, next);
        }

        if (await Users.FindByLoginAsync(info.LoginProvider, info.ProviderKey) is not null)
        {
            return SignInPage(WorkAccountOutcome.Taken, next);
        }

        if (await Users.FindByEmailAsync(invitation.Email) is not null)
        {
            return SignInPage(WorkAccountOutcome.Exists, next);
        }

        var user = new User { DisplayName = DisplayName(info.Principal, invitation.Email), Email = invitation.Email, PreferredLanguage = invitation.PreferredLanguage };
        if (await acceptance.AcceptAsync(invitation, user, password: null) is not null)
        {
            return SignInPage(WorkAccountOutcome.Invitation, next);
        }

        await Users.AddLoginAsync(user, new UserLoginInfo(info.LoginProvider, info.ProviderKey, info.ProviderDisplayName));
        return Next(await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: false), next);
    }

    /// <summary>Links the work account to the Roundtable account with the same address, when the provider vouches for that address.</summary>
    private async Task<bool> LinkVerifiedAddressAsync(ExternalLoginInfo info)
    {
        if (VerifiedEmail(info.Principal) is not { } email || await Users.FindByEmailAsync(email) is not { } user)
        {
            return false;
        }

        return (await Users.AddLoginAsync(user, new UserLoginInfo(info.LoginProvider, info.ProviderKey, info.ProviderDisplayName))).Succeeded;
    }

    /// <summary>
    /// The address the provider verified: <c>email_verified</c> (OpenID Connect) or Entra ID's <c>xms_edov</c> (the
    /// address's domain is owned by the tenant). An address without either is only what someone typed at the provider.
    /// </summary>
    internal static string? VerifiedEmail(ClaimsPrincipal principal)
    {
        var email = First(principal, ClaimTypes.Email, "email");
        var verified = First(principal, "email_verified", "xms_edov");
        return email is { Length: > 0 } && verified is "true" or "True" or "1" ? email : null;
    }

    private static string DisplayName(ClaimsPrincipal principal, string email) =>
        First(principal, "name", ClaimTypes.Name) is { Length: > 0 } name ? name.Trim() : email.Split('@')[0];

    private static string? First(ClaimsPrincipal principal, params string[] types) =>
        types.Select(principal.FindFirstValue).FirstOrDefault(v => !string.IsNullOrEmpty(v));

    private static string Next(SignInResult result, string next) => result switch
    {
        { Succeeded: true } => next,
        { RequiresTwoFactor: true } => $"/account/two-step?returnUrl={Uri.EscapeDataString(next)}&remember=false",
        { IsLockedOut: true } or { IsNotAllowed: true } => SignInPage(WorkAccountOutcome.NotAllowed, next),
        _ => SignInPage(WorkAccountOutcome.Unknown, next),
    };

    private static string SignInPage(string outcome, string next) =>
        next == "/" ? $"/account/sign-in?work={outcome}" : $"/account/sign-in?work={outcome}&returnUrl={Uri.EscapeDataString(next)}";

    private static string WorkAccountPage(string outcome) => $"/account/work-account?work={outcome}";
}
