using Orleans.Runtime;

namespace Platform.Grains.Tests.Hosting.Echo;

public sealed class EchoGrain(IGrainContext context, IGrainFactory grains) : IEchoGrain, IGrainBase
{
    public IGrainContext GrainContext => context;

    private string Key => context.GrainId.Key.ToString()!;

    public Task<string> PingAsync() => Task.FromResult(Key);

    public Task<string> PingOtherAsync(string key) => grains.GetGrain<IEchoGrain>(key).PingAsync();

    public Task<string> RoundTripAsync(string key) => grains.GetGrain<IEchoGrain>(key).PingOtherAsync(Key);
}
