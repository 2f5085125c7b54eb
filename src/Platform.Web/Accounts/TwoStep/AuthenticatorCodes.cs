using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace Platform.Web.Accounts.TwoStep;

/// <summary>
/// Identity's authenticator provider, on Otp.NET (RFC 6238: SHA-1, six digits, 30-second steps): a code is accepted one
/// step either side of now (a phone's clock a little off, a code typed as it changed), and only once: the step it matched
/// is spent in the database (<see cref="UserStore.TryUseStepAsync"/>), so a replayed or older code is refused on every host.
/// </summary>
public sealed class AuthenticatorCodes(UserStore store, TimeProvider time) : IUserTwoFactorTokenProvider<User>
{
    private static readonly VerificationWindow Skew = new(previous: 1, future: 1);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<User> manager, User user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user));
    }

    /// <summary>The app makes the codes; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<User> manager, User user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<User> manager, User user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var code = new string([.. (token ?? "").Where(char.IsDigit)]);
        if (code.Length != 6 || await manager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key)
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        return totp.VerifyTotp(time.GetUtcNow().UtcDateTime, code, out var step, Skew)
            && await store.TryUseStepAsync(user.Id, step);
    }
}
