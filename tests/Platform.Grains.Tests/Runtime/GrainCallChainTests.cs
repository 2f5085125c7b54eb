using Microsoft.Extensions.DependencyInjection;
using Platform.Grains.Runtime;
using Platform.Grains.Tests.Runtime.Echo;

namespace Platform.Grains.Tests.Runtime;

public sealed class GrainCallChainTests
{
    [Fact]
    public async Task Call_ToAnotherGrainFromInsideATurn_Completes()
    {
        await using var services = EchoServices();
        var a = services.GetRequiredService<IGrainFactory>().GetGrain<IEchoGrain>("a");

        var reached = await a.PingOtherAsync("b");

        Assert.Equal("b", reached);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("b")]
    public async Task Call_BackIntoAGrainWhoseTurnIsRunning_FailsInsteadOfHanging(string other)
    {
        await using var services = EchoServices();
        var a = services.GetRequiredService<IGrainFactory>().GetGrain<IEchoGrain>("a");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => a.RoundTripAsync(other).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Contains("not re-entrant", error.Message, StringComparison.Ordinal);
        Assert.Equal("a", await a.PingAsync());
    }

    // Echo grains persist nothing, so no database is registered.
    private static ServiceProvider EchoServices() =>
        new ServiceCollection()
            .AddLogging()
            .AddGrains()
            .AddGrain<IEchoGrain, EchoGrain>()
            .BuildServiceProvider();
}
