using Platform.Grains.Storage;

namespace Platform.Grains.People;

/// <summary>One user_account row as Dapper reads it; times stay text until <see cref="ToUser"/>.</summary>
internal sealed class UserRow
{
    public const string Columns = """
        id AS Id,
        email AS Email,
        normalized_email AS NormalizedEmail,
        display_name AS DisplayName,
        password_hash AS PasswordHash,
        security_stamp AS SecurityStamp,
        concurrency_stamp AS ConcurrencyStamp,
        lockout_end AS LockoutEnd,
        access_failed_count AS AccessFailedCount,
        lockout_enabled AS LockoutEnabled,
        preferred_language AS PreferredLanguage,
        time_zone AS TimeZone,
        gender AS Gender,
        gender_description AS GenderDescription,
        created_at AS CreatedAt,
        two_factor_enabled AS TwoFactorEnabled,
        authenticator_key AS AuthenticatorKey,
        two_step_grace_until AS TwoStepGraceUntil,
        deactivated_at AS DeactivatedAt
        """;

    public string Id { get; set; } = "";
    public string Email { get; set; } = "";
    public string NormalizedEmail { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? PasswordHash { get; set; }
    public string SecurityStamp { get; set; } = "";
    public string ConcurrencyStamp { get; set; } = "";
    public DateTimeOffset? LockoutEnd { get; set; }
    public int AccessFailedCount { get; set; }
    public bool LockoutEnabled { get; set; }
    public string PreferredLanguage { get; set; } = "";
    public string TimeZone { get; set; } = "";
    public string Gender { get; set; } = "";
    public string? GenderDescription { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public bool TwoFactorEnabled { get; set; }
    public string? AuthenticatorKey { get; set; }
    public DateTimeOffset? TwoStepGraceUntil { get; set; }
    public DateTimeOffset? DeactivatedAt { get; set; }

    public User ToUser() => new()
    {
        Id = Id,
        Email = Email,
        NormalizedEmail = NormalizedEmail,
        DisplayName = DisplayName,
        PasswordHash = PasswordHash,
        SecurityStamp = SecurityStamp,
        ConcurrencyStamp = ConcurrencyStamp,
        LockoutEnd = LockoutEnd,
        AccessFailedCount = AccessFailedCount,
        LockoutEnabled = LockoutEnabled,
        PreferredLanguage = PreferredLanguage,
        TimeZone = TimeZone,
        Gender = Gender,
        GenderDescription = GenderDescription,
        CreatedAt = CreatedAt,
        TwoFactorEnabled = TwoFactorEnabled,
        ProtectedAuthenticatorKey = AuthenticatorKey,
        TwoStepGraceUntil = TwoStepGraceUntil,
        DeactivatedAt = DeactivatedAt,
    };
}
