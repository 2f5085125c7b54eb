using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Platform.Web.Accounts;

/// <summary>
/// Builds the cookie principal: Identity's claims plus platform roles, display name, language and time zone.
/// Runs again on every security-stamp validation and RefreshSignInAsync, so profile changes reach the cookie.
/// </summary>
public sealed class AccountClaimsFactory(UserManager<User> users, IOptions<IdentityOptions> options, UserStore store, TimeProvider time)
    : UserClaimsPrincipalFactory<User>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AccountClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(AccountClaims.Culture, user.PreferredLanguage));
        identity.AddClaim(new Claim(AccountClaims.TimeZone, user.TimeZone));
        var roles = await UserManager.GetRolesAsync(user);
        foreach (var role in roles)
        {
            identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, role));
        }

        // Those who see names, notes and incident reports must have a second step; an administrator may give a named person time.
        if (!user.TwoFactorEnabled && !(user.TwoStepGraceUntil > time.GetUtcNow())
            && (roles.Contains(PlatformRoles.Administrator) || await store.FacilitatesAnyGroupAsync(user.Id)))
        {
            identity.AddClaim(new Claim(AccountClaims.TwoStepRequired, "true"));
        }

        return identity;
    }
}
