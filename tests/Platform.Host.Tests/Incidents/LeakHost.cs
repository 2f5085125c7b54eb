namespace Platform.Host.Tests.Incidents;

/// <summary>
/// A host with the <see cref="LeakScene"/> built and every persona signed in (their browsers and cookies). The tests that
/// only read share one (a class fixture); a test that changes the scene builds its own.
/// </summary>
public sealed class LeakHost : IAsyncLifetime, IDisposable
{
    public LeakHost() => Scene = new LeakScene(Factory);

    public PlatformFactory Factory { get; } = new() { DistinctClientAddresses = true };

    internal LeakScene Scene { get; }

    public Dictionary<string, FormClient> Browsers { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Cookies { get; } = new(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        await Scene.BuildAsync();
        foreach (var persona in LeakScene.Expected.Keys)
        {
            var browser = Factory.Browser();
            var signedIn = await browser.SignInAsync($"{persona}@example.org", PlatformFactory.Password);
            Assert.Equal(HttpStatusCode.Found, signedIn.Status);
            Cookies[persona] = signedIn.SignInCookie;
            Browsers[persona] = browser;
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        foreach (var browser in Browsers.Values)
        {
            browser.Dispose();
        }

        Factory.Dispose();
    }

    /// <summary>No sealed canary of either incident; the shared summary only where <paramref name="summaryAllowed"/>.</summary>
    public static void AssertNoContent(string body, string where, bool summaryAllowed)
    {
        foreach (var shared in new[] { true, false })
        {
            foreach (var field in LeakScene.Fields.Where(f => f != "summary" || !summaryAllowed))
            {
                Assert.False(body.Contains(LeakScene.Canary(field, shared), StringComparison.Ordinal), $"{field} ({(shared ? "shared" : "unshared")}) leaks: {where}");
            }
        }
    }
}
