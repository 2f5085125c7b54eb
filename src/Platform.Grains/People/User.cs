namespace Platform.Grains.People;

/// <summary>
/// A person who signs in. Mutable on purpose: ASP.NET Core Identity's store contract sets
/// properties one at a time (SetPasswordHashAsync, SetLockoutEndDateAsync…) before one UpdateAsync.
/// </summary>
public sealed class User
{
    public string Id { get; set; } = Guid.NewGuid().ToString();

    public string Email { get; set; } = "";

    public string NormalizedEmail { get; set; } = "";

    /// <summary>One line (<see cref="SingleLine"/>): the name appears in mail subjects and bodies.</summary>
    public string DisplayName { get; set => field = SingleLine.Clean(value); } = "";

    public string? PasswordHash { get; set; }

    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");

    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    public DateTimeOffset? LockoutEnd { get; set; }

    public int AccessFailedCount { get; set; }

    public bool LockoutEnabled { get; set; } = true;

    public string PreferredLanguage { get; set; } = "en";

    public string TimeZone { get; set; } = "UTC";

    public string Gender { get; set; } = Genders.PreferNotToSay;

    public string? GenderDescription { get; set => field = SingleLine.Clean(value); }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Whether a code from an authenticator app is asked after the password.</summary>
    public bool TwoFactorEnabled { get; set; }

    /// <summary>The authenticator's shared secret as data protection wrapped it (the store wraps and unwraps it); null before enrolment.</summary>
    public string? ProtectedAuthenticatorKey { get; set; }

    /// <summary>Until then, an administrator or facilitator may work without two-step verification (an administrator's grace).</summary>
    public DateTimeOffset? TwoStepGraceUntil { get; set; }

    /// <summary>
    /// When an administrator deactivated the account; null while active. Read only here: the Identity store never writes
    /// it (only <see cref="PeopleStore"/> does, with the sessions it ends and a journal entry).
    /// </summary>
    public DateTimeOffset? DeactivatedAt { get; set; }
}
