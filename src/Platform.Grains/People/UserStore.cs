using Microsoft.AspNetCore.Identity;

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
        await database.ExecuteAsync(Insert, Parameters(user, user.ConcurrencyStamp), cancellationToken);
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

    private const string SelectTwoFactor = "SELECT two_factor_enabled FROM user_account WHERE id = @Id";

    /// <summary>
    /// Writes every column, but only over the version this user was read at. Turning two-step verification on or off is
    /// journalled in the same transaction: every path (enrolment, turning it off) ends here.
    /// </summary>
    public async Task<IdentityResult> UpdateAsync(User user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var newStamp = Guid.NewGuid().ToString("N");
        using var turn = await database.WaitToWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        // Read before the transaction: on SQLite (WAL) a transaction that reads first cannot always turn into a writer
        // (another commit in between refuses it at once, without waiting). The concurrency stamp below still refuses the
        // update if the row changed since, so the flag read here is the one being replaced.
        var wasEnabled = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(SelectTwoFactor, new { user.Id }, cancellationToken: cancellationToken));
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(Update, Parameters(user, newStamp), transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return IdentityResult.Failed(new IdentityErrorDescriber().ConcurrencyFailure());
        }

        if (wasEnabled != user.TwoFactorEnabled)
        {
            await JournalAsync(connection, transaction, user.Id, user.TwoFactorEnabled ? "account.two_step_enabled" : "account.two_step_disabled",
                user.TwoFactorEnabled ? "Two-step verification turned on" : "Two-step verification turned off", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        user.ConcurrencyStamp = newStamp;
        return IdentityResult.Success;
    }

    private const string Delete = "DELETE FROM user_account WHERE id = @Id";

    public async Task<IdentityResult> DeleteAsync(User user, CancellationToken cancellationToken)
    {
        await database.ExecuteAsync(Delete, new { user.Id }, cancellationToken);
        return IdentityResult.Success;
    }

    /// <summary>A user_account row under the names of <see cref="User"/>'s properties, so Dapper fills a user directly.</summary>
    internal const string UserColumns = """
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
        authenticator_key AS ProtectedAuthenticatorKey,
        two_step_grace_until AS TwoStepGraceUntil,
        deactivated_at AS DeactivatedAt
        """;

    private const string SelectById = $"SELECT {UserColumns} FROM user_account WHERE id = @id";

    public async Task<User?> FindByIdAsync(string userId, CancellationToken cancellationToken)
    {
        return await database.QuerySingleOrDefaultAsync<User>(SelectById, new { id = userId }, cancellationToken);
    }

    private const string SelectByEmail = $"SELECT {UserColumns} FROM user_account WHERE normalized_email = @normalizedEmail";

    public async Task<User?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        return await database.QuerySingleOrDefaultAsync<User>(SelectByEmail, new { normalizedEmail }, cancellationToken);
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
