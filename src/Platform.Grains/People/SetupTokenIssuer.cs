namespace Platform.Grains.People;

/// <summary>Issues the first-run setup link while no administrator exists; each issue invalidates the previous link.</summary>
public sealed class SetupTokenIssuer(UserStore users, SetupTokenStore tokens, TimeProvider time)
{
    /// <summary>Returns a fresh token, or null when an administrator already exists.</summary>
    public async Task<string?> IssueIfNeededAsync(CancellationToken cancellationToken = default)
    {
        if (await users.AnyAdministratorAsync(cancellationToken))
        {
            return null;
        }

        var token = OneTimeToken.Create();
        await tokens.ReplaceAsync(token.Hash, time.GetUtcNow(), cancellationToken);
        return token.Value;
    }
}
