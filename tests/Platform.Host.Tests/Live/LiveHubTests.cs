using Platform.Grains.Journal;
using Platform.Host.Live;

namespace Platform.Host.Tests.Live;

/// <summary>The hub's door (cookie, Origin) and its decisions (which groups, what changed) without a .NET SignalR client.</summary>
public sealed class LiveHubTests
{
    private const string Negotiate = "/hub/negotiate?negotiateVersion=1";

    [Fact]
    public async Task Negotiate_Anonymous_IsRefused()
    {
        using var factory = new PlatformFactory();
        using var browser = factory.Browser();

        using var response = await browser.Http.PostAsync(Negotiate, null);

        // The cookie challenge points at sign-in; whatever the status, no connection is negotiated.
        Assert.False(response.IsSuccessStatusCode);
        Assert.DoesNotContain("connectionId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.OK)]
    [InlineData("http://localhost", HttpStatusCode.OK)]
    [InlineData("https://evil.example", HttpStatusCode.Forbidden)]
    [InlineData("http://localhost.evil.example", HttpStatusCode.Forbidden)]
    public async Task Negotiate_SignedInWithOrigin_OnlySameSiteIsAllowed(string? origin, HttpStatusCode expected)
    {
        using var factory = new PlatformFactory();
        using var browser = await factory.SignedInBrowserAsync("mia@example.org");
        using var request = new HttpRequestMessage(HttpMethod.Post, Negotiate);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        using var response = await browser.Http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task SubscribeAsync_GroupIdsFromClient_FollowsOnlyThoseTheUserMayView()
    {
        using var factory = new PlatformFactory();
        var (seed, user) = await OttoInGroupBAsync(factory);
        var subscriptions = factory.Services.GetRequiredService<LiveSubscriptions>();

        var followed = await subscriptions.SubscribeAsync("c1", user, [seed.GroupA, seed.GroupB, Guid.NewGuid()], CancellationToken.None);

        Assert.Equal([seed.GroupB], followed);
    }

    [Fact]
    public async Task CatchUpAsync_AfterSeq_AnswersChangedKeysUntilAccessEnds()
    {
        using var factory = new PlatformFactory();
        var (seed, user) = await OttoInGroupBAsync(factory);
        var subscriptions = factory.Services.GetRequiredService<LiveSubscriptions>();
        await subscriptions.SubscribeAsync("c1", user, [seed.GroupB], CancellationToken.None);
        var first = await AppendAsync(factory, seed.GroupB, "meeting", "m-1");
        var second = await AppendAsync(factory, seed.GroupB, "working_group", seed.GroupB.ToString());
        await AppendAsync(factory, seed.GroupA, "meeting", "secret");

        var changes = await subscriptions.CatchUpAsync("c1", user, first, CancellationToken.None);
        await seed.UnseatAsync(seed.GroupB, user);
        var afterRemoval = await subscriptions.CatchUpAsync("c1", user, 0, CancellationToken.None);

        Assert.Equal([new LiveChange(seed.GroupB, "working_group", seed.GroupB.ToString(), second)], changes);
        Assert.Empty(afterRemoval);
    }

    /// <summary>The seeded groups, and Otto, a member of group B only.</summary>
    private static async Task<(Personas Seed, string Otto)> OttoInGroupBAsync(PlatformFactory factory)
    {
        var seed = await Personas.SeededAsync(factory);
        var otto = await seed.PersonAsync("otto@example.org");
        await seed.SeatAsync(seed.GroupB, otto, "member");
        return (seed, otto);
    }

    private static async Task<long> AppendAsync(PlatformFactory factory, Guid groupId, string kind, string key)
    {
        await using var connection = await factory.Services.GetRequiredService<Database>().OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var entry = await factory.Services.GetRequiredService<JournalWriter>()
            .AppendAsync(connection, transaction, new NewJournalEntry(groupId, kind, key, "edited", null, "Test change"));
        await transaction.CommitAsync();
        return entry.Seq;
    }
}
