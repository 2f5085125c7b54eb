using Platform.Grains.People;

namespace Platform.Grains.Tests.People;

public sealed class SessionStoreTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task IsCurrent_AfterEnd_IsFalse()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var (store, user) = await SeedAsync(temp);
        var session = await store.StartAsync(user.Id, Lifetime);

        var before = await store.IsCurrentAsync(session, user.Id, user.SecurityStamp);
        await store.EndAsync(session);

        Assert.True(before);
        Assert.False(await store.IsCurrentAsync(session, user.Id, user.SecurityStamp));
    }

    [Fact]
    public async Task IsCurrent_WithAnotherStampOrPerson_IsFalse()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var (store, user) = await SeedAsync(temp);
        var session = await store.StartAsync(user.Id, Lifetime);

        var otherPerson = await store.IsCurrentAsync(session, Guid.NewGuid().ToString(), user.SecurityStamp);
        var oldStamp = await store.IsCurrentAsync(session, user.Id, "a stamp from before a password change");

        Assert.False(otherPerson);
        Assert.False(oldStamp);
        Assert.Equal(0, await CountAsync(temp));
    }

    [Fact]
    public async Task IsCurrent_SeenAgain_WritesLastSeenOnlyAfterTheGranularity()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var (store, user) = await SeedAsync(temp);
        var session = await store.StartAsync(user.Id, Lifetime);
        var started = await LastSeenAsync(temp);

        time.Advance(TimeSpan.FromMinutes(1));
        await store.IsCurrentAsync(session, user.Id, user.SecurityStamp);
        var soon = await LastSeenAsync(temp);
        time.Advance(SessionStore.SeenGranularity);
        await store.IsCurrentAsync(session, user.Id, user.SecurityStamp);

        Assert.Equal(started, soon);
        Assert.Equal(Platform.Grains.Storage.StoredTime.Write(time.GetUtcNow()), await LastSeenAsync(temp));
    }

    [Fact]
    public async Task Start_PurgesSessionsUnseenForLongerThanTheLifetime()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var (store, user) = await SeedAsync(temp);
        var forgotten = await store.StartAsync(user.Id, Lifetime);

        time.Advance(Lifetime + TimeSpan.FromDays(1));
        var fresh = await store.StartAsync(user.Id, Lifetime);

        Assert.Equal(1, await CountAsync(temp));
        Assert.True(await store.IsCurrentAsync(fresh, user.Id, user.SecurityStamp));
        Assert.False(await store.IsCurrentAsync(forgotten, user.Id, user.SecurityStamp));
    }

    private async Task<(SessionStore Store, User User)> SeedAsync(TempDatabase temp)
    {
        var user = new User { Email = "bea@example.org", NormalizedEmail = "BEA@EXAMPLE.ORG", DisplayName = "Bea" };
        await new UserStore(temp.Database, time, new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider()).CreateAsync(user, CancellationToken.None);
        return (new SessionStore(temp.Database, time), user);
    }

    private static Task<long> CountAsync(TempDatabase temp) => new TestData(temp.Database).ScalarAsync<long>("SELECT COUNT(*) FROM user_session");

    private static async Task<string> LastSeenAsync(TempDatabase temp) =>
        await new TestData(temp.Database).ScalarAsync<string?>("SELECT last_seen_at FROM user_session") ?? "";
}
