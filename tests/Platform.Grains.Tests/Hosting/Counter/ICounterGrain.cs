namespace Platform.Grains.Tests.Hosting.Counter;

/// <summary>The smallest grain that persists: enough to exercise Orleans with our persistence and no domain.</summary>
public interface ICounterGrain : IGrainWithGuidKey
{
    /// <summary>Adds <paramref name="by"/> and returns the new value.</summary>
    Task<long> IncrementAsync(int by);

    /// <summary>Returns the current value.</summary>
    Task<long> GetAsync();

    /// <summary>Asks Orleans to deactivate this grain once the call ends.</summary>
    Task DeactivateAsync();
}
