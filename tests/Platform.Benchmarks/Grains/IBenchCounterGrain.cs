using Orleans;

namespace Platform.Benchmarks.Grains;

/// <summary>A one-row grain: each command writes its state row and one journal entry, like a real domain command.</summary>
public interface IBenchCounterGrain : IGrainWithGuidKey
{
    /// <summary>Adds one and returns the new value.</summary>
    Task<long> IncrementAsync();

    /// <summary>Returns the value without touching the database: the cost of a grain call alone.</summary>
    Task<long> ReadAsync();
}
