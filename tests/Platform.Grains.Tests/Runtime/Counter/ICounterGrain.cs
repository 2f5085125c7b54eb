using Platform.Grains.Runtime;

namespace Platform.Grains.Tests.Runtime.Counter;

/// <summary>The smallest grain that persists: enough to exercise the runtime without a domain.</summary>
public interface ICounterGrain : IGrainWithGuidKey
{
    /// <summary>Adds <paramref name="by"/> and returns the new value.</summary>
    Task<long> IncrementAsync(int by);

    /// <summary>Returns the current value.</summary>
    Task<long> GetAsync();
}
