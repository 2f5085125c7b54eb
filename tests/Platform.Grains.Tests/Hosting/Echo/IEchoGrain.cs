namespace Platform.Grains.Tests.Hosting.Echo;

/// <summary>A grain that calls other grains, to exercise call chains.</summary>
public interface IEchoGrain : IGrainWithStringKey
{
    /// <summary>Returns the key of the grain it reaches.</summary>
    Task<string> PingAsync();

    /// <summary>Pings the grain with key <paramref name="key"/>, from inside this grain's turn.</summary>
    Task<string> PingOtherAsync(string key);

    /// <summary>Asks <paramref name="key"/> to ping this grain back.</summary>
    Task<string> RoundTripAsync(string key);
}
