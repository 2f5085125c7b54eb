namespace Platform.Host.Tests.Access;

/// <summary>
/// One host for the tests of a class (an xunit class fixture) on the groups, meetings, commitments and items of
/// <see cref="Personas"/>, for tests that only read: each test still signs in with its own browser.
/// </summary>
public sealed class SeededHost : IAsyncLifetime, IDisposable
{
    private readonly Dictionary<string, Task> seated = new(StringComparer.OrdinalIgnoreCase);

    public PlatformFactory Factory { get; } = new();

    internal Personas Seed { get; private set; } = null!;

    public async Task InitializeAsync() => Seed = await Personas.SeededAsync(Factory);

    /// <summary>A new browser signed in as <paramref name="email"/>, who is created and seated on first use.</summary>
    /// <remarks>A later test asking for the same person reuses them: it must ask for the same seat.</remarks>
    public async Task<FormClient> SeatedBrowserAsync(string email, Guid groupId, string role)
    {
        Task seat;
        lock (seated)
        {
            if (!seated.TryGetValue(email, out seat!))
            {
                seat = SeatAsync();
                seated[email] = seat;
            }
        }

        await seat;
        return await Factory.SignedInAsync(email);

        async Task SeatAsync() => await Seed.SeatAsync(groupId, await Seed.PersonAsync(email), role);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Factory.Dispose();
}
