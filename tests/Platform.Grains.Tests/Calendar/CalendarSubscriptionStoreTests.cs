using Platform.Grains.Calendar;

namespace Platform.Grains.Tests.Calendar;

public sealed class CalendarSubscriptionStoreTests
{
    [Fact]
    public async Task Create_Twice_RevokesFirstTokenAndStoresOnlyHashes()
    {
        using var db = await TempDatabase.MigratedAsync();
        var seed = await CalendarSeed.WithPersonAsync(db.Database);
        var store = Store(db);

        var first = await store.CreateAsync(seed.UserId);
        var second = await store.CreateAsync(seed.UserId);

        Assert.Null(await store.OwnerAsync(first.Value));
        Assert.Equal(seed.UserId, await store.OwnerAsync(second.Value));
        await using var connection = await db.Database.OpenAsync();
        var stored = string.Join('|', await connection.QueryAsync<string>("SELECT token_hash FROM calendar_subscription"));
        var journal = string.Join('|', await connection.QueryAsync<string>("SELECT summary || entity_key FROM journal_entry"));
        Assert.DoesNotContain(second.Value, stored + journal, StringComparison.Ordinal);
        Assert.Contains("Calendar subscription regenerated", journal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoke_LiveToken_OwnerUnknownAndNothingLive()
    {
        using var db = await TempDatabase.MigratedAsync();
        var seed = await CalendarSeed.WithPersonAsync(db.Database);
        var store = Store(db);
        var token = await store.CreateAsync(seed.UserId);

        Assert.True(await store.RevokeAsync(seed.UserId));

        Assert.Null(await store.OwnerAsync(token.Value));
        Assert.Null(await store.LiveSinceAsync(seed.UserId));
        Assert.False(await store.RevokeAsync(seed.UserId));
    }

    private static CalendarSubscriptionStore Store(TempDatabase db) => new(db.Database, new JournalWriter(TimeProvider.System), TimeProvider.System);
}
