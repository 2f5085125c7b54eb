using Microsoft.AspNetCore.Identity;
using Platform.Grains.Storage;

namespace Platform.Grains.People;

/// <summary>
/// Dapper-backed Identity store. The e-mail address doubles as the user name, so the
/// user-name members read and write the e-mail columns. Split by concern into partial files.
/// </summary>
public sealed partial class UserStore(Database database, TimeProvider time, Microsoft.AspNetCore.DataProtection.IDataProtectionProvider protection) :
    IUserPasswordStore<User>,
    IUserSecurityStampStore<User>,
    IUserEmailStore<User>,
    IUserLockoutStore<User>,
    IUserRoleStore<User>,
    IUserTwoFactorStore<User>,
    IUserAuthenticatorKeyStore<User>,
    IUserTwoFactorRecoveryCodeStore<User>,
    IUserLoginStore<User>
{
    private const string Insert = """
        INSERT INTO user_account (
            id, email, normalized_email, display_name, password_hash, security_stamp, concurrency_stamp,
            lockout_end, access_failed_count, lockout_enabled, preferred_language, time_zone, gender,
            gender_description, created_at, two_factor_enabled, authenticator_key, two_step_grace_until)
        VALUES (
            @Id, @Email, @NormalizedEmail, @DisplayName, @PasswordHash, @SecurityStamp, @ConcurrencyStamp,
            @LockoutEnd, @AccessFailedCount, @LockoutEnabled, @PreferredLanguage, @TimeZone, @Gender,
            @GenderDescription, @CreatedAt, @TwoFactorEnabled, @ProtectedAuthenticatorKey, @TwoStepGraceUntil)
        """;

    public async Task<IdentityResult> CreateAsync(User user, CancellationToken cancellationToken)
    {
        user.CreatedAt = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(Insert, Parameters(user, user.ConcurrencyStamp), cancellationToken: cancellationToken));
        return IdentityResult.Success;
    }

    private const string Update = """
        UPDATE user_account
        SET email = @Email,
            normalized_email = @NormalizedEmail,
            display_name = @DisplayName,
            password_hash = @PasswordHash,
            security_stamp = @SecurityStamp,
            concurrency_stamp = @NewConcurrencyStamp,
            lockout_end = @LockoutEnd,
            access_failed_count = @AccessFailedCount,
            lockout_enabled = @LockoutEnabled,
            preferred_language = @PreferredLanguage,
            time_zone = @TimeZone,
            gender = @Gender,
            gender_description = @GenderDescription,
            two_factor_enabled = @TwoFactorEnabled,
            authenticator_key = @ProtectedAuthenticatorKey,
            two_step_grace_until = @TwoStepGraceUntil
        WHERE id = @Id
          AND concurrency_stamp = @ConcurrencyStamp
        """;

    /// <summary>Writes every column, but only over the version this user was read at.</summary>
    public async Task<IdentityResult> UpdateAsync(User user, CancellationToken cancellationToken)
    {
        var newStamp = Guid.NewGuid().ToString("N");
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(Update, Parameters(user, newStamp), cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return IdentityResult.Failed(new IdentityErrorDescriber().ConcurrencyFailure());
        }

        user.ConcurrencyStamp = newStamp;
        return IdentityResult.Success;
    }

    private const string Delete = "DELETE FROM user_account WHERE id = @Id";

    public async Task<IdentityResult> DeleteAsync(User user, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(Delete, new { user.Id }, cancellationToken: cancellationToken));
        return IdentityResult.Success;
    }

    private const string SelectById = $"SELECT {UserRow.Columns} FROM user_account WHERE id = @id";

    public async Task<User?> FindByIdAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(SelectById, new { id = userId }, cancellationToken: cancellationToken));
        return row?.ToUser();
    }

    private const string SelectByEmail = $"SELECT {UserRow.Columns} FROM user_account WHERE normalized_email = @normalizedEmail";

    public async Task<User?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(SelectByEmail, new { normalizedEmail }, cancellationToken: cancellationToken));
        return row?.ToUser();
    }

    public Task<User?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        FindByEmailAsync(normalizedUserName, cancellationToken);

    private static object Parameters(User user, string newConcurrencyStamp) => new
    {
        user.Id,
        user.Email,
        user.NormalizedEmail,
        user.DisplayName,
        user.PasswordHash,
        user.SecurityStamp,
        user.ConcurrencyStamp,
        NewConcurrencyStamp = newConcurrencyStamp,
        LockoutEnd = StoredTime.Write(user.LockoutEnd),
        user.AccessFailedCount,
        user.LockoutEnabled,
        user.PreferredLanguage,
        user.TimeZone,
        user.Gender,
        user.GenderDescription,
        CreatedAt = StoredTime.Write(user.CreatedAt),
        user.TwoFactorEnabled,
        user.ProtectedAuthenticatorKey,
        TwoStepGraceUntil = StoredTime.Write(user.TwoStepGraceUntil),
    };

    public void Dispose()
    {
        // Connections are opened and disposed per call; nothing is held between calls.
    }
}
