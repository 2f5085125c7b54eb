using Microsoft.AspNetCore.Identity;

namespace Platform.Grains.People;

/// <summary>
/// Work accounts linked to a person (OpenID Connect logins). Linking and unlinking write their journal entry in the same
/// transaction: every path that links (invitation, verified address, profile) passes here, so none can skip the record.
/// </summary>
public sealed partial class UserStore
{
    private const string LoginEntityKind = "account";

    private const string InsertLogin = """
        INSERT INTO user_login (login_provider, provider_key, provider_display_name, user_id, linked_at)
        VALUES (@LoginProvider, @ProviderKey, @ProviderDisplayName, @userId, @now)
        """;

    /// <summary>Links <paramref name="login"/> to <paramref name="user"/>; the person is the actor (they signed in at the provider to do it).</summary>
    public async Task AddLoginAsync(User user, UserLoginInfo login, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(login);
        var now = time.GetUtcNow();
        using var turn = await database.WaitToWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            InsertLogin,
            new { login.LoginProvider, login.ProviderKey, login.ProviderDisplayName, userId = user.Id, now = StoredTime.Write(now) },
            transaction,
            cancellationToken: cancellationToken));
        await new JournalWriter(time).AppendAsync(
            connection, transaction, new NewJournalEntry(null, LoginEntityKind, user.Id, "account.work_account_linked", user.Id, "Work account linked"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private const string DeleteLogin = """
        DELETE FROM user_login
        WHERE user_id = @userId
          AND login_provider = @loginProvider
          AND provider_key = @providerKey
        """;

    public async Task RemoveLoginAsync(User user, string loginProvider, string providerKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        using var turn = await database.WaitToWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var removed = await connection.ExecuteAsync(new CommandDefinition(
            DeleteLogin, new { userId = user.Id, loginProvider, providerKey }, transaction, cancellationToken: cancellationToken));
        if (removed > 0)
        {
            await new JournalWriter(time).AppendAsync(
                connection, transaction, new NewJournalEntry(null, LoginEntityKind, user.Id, "account.work_account_unlinked", user.Id, "Work account unlinked"), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private const string SelectLogins = """
        SELECT login_provider AS LoginProvider, provider_key AS ProviderKey, provider_display_name AS ProviderDisplayName
        FROM user_login
        WHERE user_id = @userId
        ORDER BY linked_at
        """;

    public async Task<IList<UserLoginInfo>> GetLoginsAsync(User user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var rows = await database.QueryAsync<LoginRow>(SelectLogins, new { userId = user.Id }, cancellationToken);
        return [.. rows.Select(r => new UserLoginInfo(r.LoginProvider, r.ProviderKey, r.ProviderDisplayName))];
    }

    private const string SelectByLogin = $"""
        SELECT {UserColumns}
        FROM user_account
        WHERE id = (SELECT user_id FROM user_login WHERE login_provider = @loginProvider AND provider_key = @providerKey)
        """;

    public async Task<User?> FindByLoginAsync(string loginProvider, string providerKey, CancellationToken cancellationToken)
    {
        return await database.QuerySingleOrDefaultAsync<User>(SelectByLogin, new { loginProvider, providerKey }, cancellationToken);
    }

    private sealed record LoginRow(string LoginProvider, string ProviderKey, string? ProviderDisplayName);
}
