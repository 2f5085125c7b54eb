namespace Platform.Host.Tests;

/// <summary>
/// One host for the tests of a class (an xunit class fixture) where starting a host per test would cost more than the
/// test: for tests that only read, or write only what no other test of the class looks at. Each test still gets its own
/// browser, so cookies and language never carry over.
/// </summary>
public sealed class SharedHost : IDisposable
{
    private readonly Dictionary<string, Task<User>> people = new(StringComparer.OrdinalIgnoreCase);

    public PlatformFactory Factory { get; } = new();

    /// <summary>A new browser signed in as <paramref name="email"/>, who is created (with <paramref name="role"/>) on first use.</summary>
    /// <remarks>A later test asking for the same person reuses them: it must ask with the same role.</remarks>
    public async Task<FormClient> SignedInBrowserAsync(string email, string? role = null)
    {
        Task<User> person;
        lock (people)
        {
            if (!people.TryGetValue(email, out person!))
            {
                person = Factory.CreateUserAsync(email, role);
                people[email] = person;
            }
        }

        await person;
        return await Factory.SignedInAsync(email);
    }

    public void Dispose() => Factory.Dispose();
}
