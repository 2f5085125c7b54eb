using Platform.Grains.Runtime;

namespace Platform.Grains.Tests.Runtime.Echo;

public sealed class EchoGrain(GrainContext context, IGrainFactory grains) : IEchoGrain
{
    public Task<string> PingAsync() => Task.FromResult(context.GetPrimaryKeyString());

    public Task<string> PingOtherAsync(string key) => grains.GetGrain<IEchoGrain>(key).PingAsync();

    public Task<string> RoundTripAsync(string key) => grains.GetGrain<IEchoGrain>(key).PingOtherAsync(context.GetPrimaryKeyString());
}
