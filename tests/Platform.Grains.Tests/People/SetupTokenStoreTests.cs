using Platform.Grains.People;

namespace Platform.Grains.Tests.People;

public sealed class SetupTokenStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Consume_Twice_SecondIsUsed()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var store = new SetupTokenStore(temp.Database);
        await store.ReplaceAsync("hash", Now);

        var first = await store.ConsumeAsync("hash", Now);
        var second = await store.ConsumeAsync("hash", Now);

        Assert.Equal((TokenCheck.Valid, TokenCheck.Used), (first, second));
    }

    [Fact]
    public async Task Consume_AtExpiry_IsExpiredAndNotUsedUp()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var store = new SetupTokenStore(temp.Database);
        await store.ReplaceAsync("hash", Now);

        var result = await store.ConsumeAsync("hash", Now + SetupTokenStore.Lifetime);

        Assert.Equal(TokenCheck.Expired, result);
        Assert.Equal(TokenCheck.Valid, await store.CheckAsync("hash", Now));
    }

    [Fact]
    public void OneTimeToken_Create_StoresOnlyADifferentHash()
    {
        var token = OneTimeToken.Create();

        Assert.Equal(43, token.Value.Length);
        Assert.Equal(OneTimeToken.HashOf(token.Value), token.Hash);
        Assert.DoesNotContain(token.Value, token.Hash, StringComparison.Ordinal);
    }
}
