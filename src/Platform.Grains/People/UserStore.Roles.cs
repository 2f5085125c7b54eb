namespace Platform.Grains.People;

/// <summary>Platform roles. Identity passes upper-cased names; rows hold the lower-case names of <see cref="PlatformRoles"/>.</summary>
public sealed partial class UserStore
{
    private const string InsertRole = """
        INSERT INTO user_role (user_id, role)
        VALUES (@userId, @role)
        """;

    public async Task AddToRoleAsync(User user, string roleName, CancellationToken cancellationToken)
    {
        var role = PlatformRoles.Match(roleName) ?? throw new ArgumentException($"Unknown platform role '{roleName}'.", nameof(roleName));
        await database.ExecuteAsync(InsertRole, new { userId = user.Id, role }, cancellationToken);
    }

    private const string DeleteRole = "DELETE FROM user_role WHERE user_id = @userId AND role = @role";

    public async Task RemoveFromRoleAsync(User user, string roleName, CancellationToken cancellationToken)
    {
        await database.ExecuteAsync(DeleteRole, new { userId = user.Id, role = PlatformRoles.Match(roleName) }, cancellationToken);
    }

    private const string SelectRoles = "SELECT role FROM user_role WHERE user_id = @userId ORDER BY role";

    public async Task<IList<string>> GetRolesAsync(User user, CancellationToken cancellationToken)
    {
        return [.. await database.QueryAsync<string>(SelectRoles, new { userId = user.Id }, cancellationToken)];
    }

    public async Task<bool> IsInRoleAsync(User user, string roleName, CancellationToken cancellationToken)
    {
        var roles = await GetRolesAsync(user, cancellationToken);
        return roles.Contains(PlatformRoles.Match(roleName) ?? "");
    }

    private const string SelectUsersInRole = $"""
        SELECT {UserColumns}
        FROM user_account
        WHERE id IN (SELECT user_id FROM user_role WHERE role = @role)
        ORDER BY display_name
        """;

    public async Task<IList<User>> GetUsersInRoleAsync(string roleName, CancellationToken cancellationToken)
    {
        return [.. await database.QueryAsync<User>(SelectUsersInRole, new { role = PlatformRoles.Match(roleName) }, cancellationToken)];
    }

    private const string SelectAnyAdministrator = "SELECT COUNT(*) FROM user_role WHERE role = 'administrator'";

    /// <summary>False until first-run setup has created the first administrator.</summary>
    public async Task<bool> AnyAdministratorAsync(CancellationToken cancellationToken = default)
    {
        return await database.ExecuteScalarAsync<long>(SelectAnyAdministrator, cancellationToken: cancellationToken) > 0;
    }
}
