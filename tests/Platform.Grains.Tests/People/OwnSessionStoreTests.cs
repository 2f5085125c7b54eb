using Platform.Grains.People;

namespace Platform.Grains.Tests.People;

public sealed class OwnSessionStoreTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow.AddDays(-1));

    [Fact]
    public async Task List_TwoDevices_ShowsBothWithTheCurrentMarkedAndNoStoredHash()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var (sessions, own, user) = await SeedAsync(temp);
        var phone = await sessions.StartAsync(user.Id, Lifetime, "Firefox/Android");
        time.Advance(TimeSpan.FromHours(1));
        var laptop = await sessions.StartAsync(user.Id, Lifetime, "Chrome/Windows");

        var list = await own.ListAsync(user.Id, phone);

        Assert.Equal(2, list.Count);
        Assert.Equal("Firefox/Android", Assert.Single(list, s => s.IsCurrent).Device);
        Assert.DoesNotContain(list, s => s.Handle == OneTimeToken.HashOf(phone) || s.Handle == OneTimeToken.HashOf(laptop));
    }

    [Fact]
    public async Task EndOther_OwnHandle_EndsItAndJournalsTheActor()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var (sessions, own, user) = await SeedAsync(temp);
        var phone = await sessions.StartAsync(user.Id, Lifetime);
        var laptop = await sessions.StartAsync(user.Id, Lifetime);
        var handle = (await own.ListAsync(user.Id, phone)).Single(s => !s.IsCurrent).Handle;

        Assert.True(await own.EndOtherAsync(user.Id, handle, phone));

        Assert.False(await sessions.IsCurrentAsync(laptop, user.Id, user.SecurityStamp));
        Assert.True(await sessions.IsCurrentAsync(phone, user.Id, user.SecurityStamp));
        Assert.Equal([("account.session_ended", user.Id)], await JournalAsync(temp));
    }

    [Fact]
    public async Task EndOther_SomeoneElsesHandleOrTheCurrent_EndsNothing()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var (sessions, own, user) = await SeedAsync(temp);
        var other = await CreateAsync(temp, "carla@example.org");
        var mine = await sessions.StartAsync(user.Id, Lifetime);
        var theirs = await sessions.StartAsync(other.Id, Lifetime);
        var theirHandle = Assert.Single(await own.ListAsync(other.Id, null)).Handle;
        var myHandle = Assert.Single(await own.ListAsync(user.Id, mine)).Handle;

        Assert.False(await own.EndOtherAsync(user.Id, theirHandle, mine));
        Assert.False(await own.EndOtherAsync(user.Id, myHandle, mine));

        Assert.True(await sessions.IsCurrentAsync(theirs, other.Id, other.SecurityStamp));
        Assert.True(await sessions.IsCurrentAsync(mine, user.Id, user.SecurityStamp));
        Assert.Empty(await JournalAsync(temp));
    }

    [Fact]
    public async Task EndOthers_ThreeSessions_KeepsOnlyTheCurrentAndOtherPeoples()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var (sessions, own, user) = await SeedAsync(temp);
        var other = await CreateAsync(temp, "carla@example.org");
        var current = await sessions.StartAsync(user.Id, Lifetime);
        await sessions.StartAsync(user.Id, Lifetime);
        await sessions.StartAsync(user.Id, Lifetime);
        var theirs = await sessions.StartAsync(other.Id, Lifetime);

        var ended = await own.EndOthersAsync(user.Id, current);

        Assert.Equal(2, ended);
        Assert.True(Assert.Single(await own.ListAsync(user.Id, current)).IsCurrent);
        Assert.True(await sessions.IsCurrentAsync(theirs, other.Id, other.SecurityStamp));
        Assert.Equal([("account.other_sessions_ended", user.Id)], await JournalAsync(temp));
    }

    private async Task<(SessionStore Sessions, OwnSessionStore Own, User User)> SeedAsync(TempDatabase temp)
    {
        var user = await CreateAsync(temp, "bea@example.org");
        return (new SessionStore(temp.Database, time), new OwnSessionStore(temp.Database, new JournalWriter(time)), user);
    }

    private async Task<User> CreateAsync(TempDatabase temp, string email)
    {
        var user = new User { Email = email, NormalizedEmail = email.ToUpperInvariant(), DisplayName = email };
        await new UserStore(temp.Database, time, new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider()).CreateAsync(user, CancellationToken.None);
        return user;
    }

    private static async Task<List<(string Action, string Actor)>> JournalAsync(TempDatabase temp)
    {
        await using var connection = await temp.Database.OpenAsync();
        return [.. await connection.QueryAsync<(string Action, string Actor)>("SELECT action, actor FROM journal_entry WHERE entity_kind = 'account' ORDER BY seq")];
    }
}
