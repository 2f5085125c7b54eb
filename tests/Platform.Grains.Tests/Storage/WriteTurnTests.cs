namespace Platform.Grains.Tests.Storage;

public sealed class WriteTurnTests
{
    [Fact]
    public async Task WaitToWrite_WhileATurnIsHeld_WaitsUntilItIsReleased()
    {
        using var temp = await TempDatabase.MigratedAsync("NORMAL", "sqlite");
        var first = await temp.Database.WaitToWriteAsync();

        var second = temp.Database.WaitToWriteAsync();
        Assert.False(second.IsCompleted);
        first.Dispose();
        using var secondTurn = await second.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(second.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task WaitToWrite_TurnDisposedTwice_LetsOnlyOneWaiterIn()
    {
        using var temp = await TempDatabase.MigratedAsync("NORMAL", "sqlite");
        var first = await temp.Database.WaitToWriteAsync();
        var second = temp.Database.WaitToWriteAsync();
        var third = temp.Database.WaitToWriteAsync();

        first.Dispose();
        first.Dispose();
        using var secondTurn = await second.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(third.IsCompleted);
        secondTurn.Dispose();
        (await third.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }
}
