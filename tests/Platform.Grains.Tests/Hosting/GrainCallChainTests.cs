using Platform.Grains.Tests.Hosting.Echo;

namespace Platform.Grains.Tests.Hosting;

public sealed class GrainCallChainTests
{
    [Fact]
    public async Task Call_ToAnotherGrainFromInsideATurn_Completes()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await using var silo = new OrleansSilo(temp.Database, new FakeTimeProvider());
        var a = silo.Grains.GetGrain<IEchoGrain>("a");

        var reached = await a.PingOtherAsync("b");

        Assert.Equal("b", reached);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("b")]
    public async Task Call_BackIntoAGrainWhoseTurnIsRunning_FailsInsteadOfHanging(string other)
    {
        using var temp = await TempDatabase.MigratedAsync();
        await using var silo = new OrleansSilo(temp.Database, new FakeTimeProvider());
        var a = silo.Grains.GetGrain<IEchoGrain>("a");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => a.RoundTripAsync(other).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Contains("not re-entrant", error.Message, StringComparison.Ordinal);
        Assert.Equal("a", await a.PingAsync());
    }
}
