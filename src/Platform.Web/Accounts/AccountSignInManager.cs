using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Platform.Web.Accounts;

/// <summary>
/// Identity's sign-in, except that every answer costs one password hash: an unknown address, a locked-out account
/// or one without a password would otherwise answer in milliseconds where a wrong password takes a full hash
/// (≈170 ms), and the difference tells an attacker who has an account. A deactivated account is refused here, in the
/// check every sign-in path passes (password, two-step code, recovery code, external sign-in), and answers exactly like a
/// wrong password.
/// </summary>
public sealed class AccountSignInManager(
    UserManager<User> users,
    IHttpContextAccessor context,
    IUserClaimsPrincipalFactory<User> claims,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<User>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<User> confirmation)
    : SignInManager<User>(users, context, claims, options, logger, schemes, confirmation)
{
    private static string? dummyHash;

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null || user.DeactivatedAt is not null || await IsLockedOut(user) || !await UserManager.HasPasswordAsync(user))
        {
            SpendOneHash(password);
            return user is { DeactivatedAt: null } && await IsLockedOut(user) ? SignInResult.LockedOut : SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    /// <summary>Identity's pre-sign-in check, which every path runs: a deactivated account may not sign in by any of them.</summary>
    public override async Task<bool> CanSignInAsync(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.DeactivatedAt is null && await base.CanSignInAsync(user);
    }

    /// <summary>Verifies <paramref name="password"/> against a hash nobody's password matches, with the same hasher and cost.</summary>
    private void SpendOneHash(string password)
    {
        var hasher = UserManager.PasswordHasher;
        dummyHash ??= hasher.HashPassword(new User(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
        hasher.VerifyHashedPassword(new User(), dummyHash, password);
    }
}
