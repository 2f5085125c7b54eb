namespace Platform.Grains.Persistence;

/// <summary>
/// A grain whose state is its rows: loaded (by <paramref name="load"/>, its store's) when it activates and replaced only
/// after a commit. A version conflict deactivates the grain (GrainCallChain), so the next call loads the rows again.
/// </summary>
public abstract class StoredGrain<TState>(IGrainContext context, Func<Guid, CancellationToken, Task<TState?>> load) : IGrainBase
    where TState : class
{
    public IGrainContext GrainContext => context;

    /// <summary>The state as last loaded or committed; null while the thing does not exist.</summary>
    protected TState? Current { get; set; }

    public async Task OnActivateAsync(CancellationToken token) => Current = await load(context.GrainId.GetGuidKey(), token);

    public Task<TState?> GetAsync() => Task.FromResult(Current);
}
