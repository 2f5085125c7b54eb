using Microsoft.AspNetCore.DataProtection;

namespace Platform.Grains.People;

/// <summary>
/// Two-step verification: the flag, the authenticator's secret (wrapped by data protection before it reaches the user
/// object, so it is never stored or held in plain), the last accepted step (a code works once), and the recovery codes
/// (hashes only; a code is spent by deleting its row). Turning it on or off, new recovery codes and signing in with one are
/// journalled with the person as actor (only the person does these), never with a code or key.
/// </summary>
public sealed partial class UserStore
{
    private const string KeyPurpose = "Roundtable.AuthenticatorKey";

    // JournalWriter holds nothing but the clock: one made here writes exactly what the registered one would, and Identity's
    // store keeps the constructor every caller already uses.
    private Task<JournalEntry> JournalAsync(DbConnection connection, DbTransaction transaction, string userId, string action, string summary, CancellationToken cancellationToken) =>
        new JournalWriter(time).AppendAsync(connection, transaction, new NewJournalEntry(null, "account", userId, action, userId, summary), cancellationToken);

    public Task SetTwoFactorEnabledAsync(User user, bool enabled, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.TwoFactorEnabled = enabled;
        return Task.CompletedTask;
    }

    public Task<bool> GetTwoFactorEnabledAsync(User user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(user.TwoFactorEnabled);
    }

    public Task SetAuthenticatorKeyAsync(User user, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.ProtectedAuthenticatorKey = string.IsNullOrEmpty(key) ? null : protection.CreateProtector(KeyPurpose).Protect(key);
        return Task.CompletedTask;
    }

    public Task<string?> GetAuthenticatorKeyAsync(User user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(user.ProtectedAuthenticatorKey is { } wrapped ? protection.CreateProtector(KeyPurpose).Unprotect(wrapped) : null);
    }

    private const string UseStep = """
        UPDATE user_account
        SET authenticator_last_step = @step
        WHERE id = @id
          AND authenticator_last_step < @step
        """;

    /// <summary>
    /// Spends the 30-second <paramref name="step"/> whose code was just verified: false when it, or a later one, was
    /// accepted before (a replayed code), on whichever host.
    /// </summary>
    public async Task<bool> TryUseStepAsync(string userId, long step, CancellationToken cancellationToken = default)
    {
        return await database.ExecuteAsync(UseStep, new { id = userId, step }, cancellationToken) == 1;
    }

    private const string SelectFacilitates = "SELECT COUNT(*) FROM membership WHERE user_id = @userId AND role = 'facilitator'";

    /// <summary>Whether the person holds a facilitator's seat in any group (two-step verification is then required).</summary>
    public async Task<bool> FacilitatesAnyGroupAsync(string userId, CancellationToken cancellationToken = default)
    {
        return await database.ExecuteScalarAsync<long>(SelectFacilitates, new { userId }, cancellationToken) > 0;
    }

    private const string DeleteCodes = "DELETE FROM recovery_code WHERE user_id = @userId";

    private const string InsertCode = "INSERT INTO recovery_code (user_id, code_hash, created_at) VALUES (@userId, @hash, @now)";

    public async Task ReplaceCodesAsync(User user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(recoveryCodes);
        var now = StoredTime.Write(time.GetUtcNow());
        using var turn = await database.WaitToWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(DeleteCodes, new { userId = user.Id }, transaction, cancellationToken: cancellationToken));
        var hashes = recoveryCodes.Select(Hash).Distinct(StringComparer.Ordinal).ToList();
        foreach (var hash in hashes)
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertCode, new { userId = user.Id, hash, now }, transaction, cancellationToken: cancellationToken));
        }

        // Turning two-step off deletes the codes (none replace them): that act is journalled as turning it off.
        if (hashes.Count > 0)
        {
            await JournalAsync(connection, transaction, user.Id, "account.recovery_codes_renewed", "New recovery codes issued", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private const string SpendCode = "DELETE FROM recovery_code WHERE user_id = @userId AND code_hash = @hash";

    /// <summary>True once per code: the row is deleted by the request that uses it.</summary>
    public async Task<bool> RedeemCodeAsync(User user, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        using var turn = await database.WaitToWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await connection.ExecuteAsync(new CommandDefinition(SpendCode, new { userId = user.Id, hash = Hash(code) }, transaction, cancellationToken: cancellationToken)) != 1)
        {
            return false;
        }

        await JournalAsync(connection, transaction, user.Id, "account.recovery_code_used", "Signed in with a recovery code", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private const string CountCodes = "SELECT COUNT(*) FROM recovery_code WHERE user_id = @userId";

    public async Task<int> CountCodesAsync(User user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await database.ExecuteScalarAsync<int>(CountCodes, new { userId = user.Id }, cancellationToken);
    }

    /// <summary>Codes are compared as typed on a phone: case, spaces and dashes do not matter.</summary>
    private static string Hash(string code)
    {
        var typed = new string([.. (code ?? "").Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(typed)));
    }
}
