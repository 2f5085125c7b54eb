using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Platform.Grains.People;

namespace Platform.Web.Accounts;

/// <summary>
/// Builds the cookie principal: Identity's claims plus platform roles, display name, language and time zone.
/// Runs again on every security-stamp validation and RefreshSignInAsync, so profile changes reach the cookie.
/// </summary>
public sealed class AccountClaimsFactory(UserManager<User> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<User>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AccountClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(AccountClaims.Culture, user.PreferredLanguage));
        identity.AddClaim(new Claim(AccountClaims.TimeZone, user.TimeZone));
        foreach (var role in await UserManager.GetRolesAsync(user))
        {
            identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, role));
        }

        return identity;
    }
}
