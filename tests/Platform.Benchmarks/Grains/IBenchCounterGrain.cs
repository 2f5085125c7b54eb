using Platform.Grains.Runtime;

namespace Platform.Benchmarks.Grains;

/// <summary>A one-row grain: each command writes its state row and one journal entry, like a real domain command.</summary>
public interface IBenchCounterGrain : IGrainWithGuidKey
{
    /// <summary>Adds one and returns the new value.</summary>
    Task<long> IncrementAsync();
}
