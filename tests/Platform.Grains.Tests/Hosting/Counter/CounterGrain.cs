using Orleans.Runtime;
using Platform.Grains.Persistence;

namespace Platform.Grains.Tests.Hosting.Counter;

// Random placement, said outright: the cluster tests look for a counter on a given silo by trying fresh ids, and the
// default (resource-optimised) placement may keep choosing the less loaded silo on a busy machine.
[Orleans.Placement.RandomPlacement]
public sealed class CounterGrain(IGrainContext context, CounterStore store, GrainPersistence persistence, ActivationLog log)
    : ICounterGrain, IGrainBase
{
    private readonly Guid id = context.GrainId.GetGuidKey();
    private CounterState state = new(0, 0);

    public IGrainContext GrainContext => context;

    public async Task OnActivateAsync(CancellationToken token)
    {
        state = await store.LoadAsync(id);
        log.Activated.Enqueue(id);
    }

    public Task OnDeactivateAsync(DeactivationReason reason, CancellationToken token)
    {
        log.FirstDeactivation.TrySetResult(id);
        return Task.CompletedTask;
    }

    public async Task<long> IncrementAsync(int by)
    {
        var next = state with { Value = state.Value + by, Version = state.Version + 1 };
        await persistence.CommitAndPublishAsync(
            CounterStore.Save(id, next.Value, state.Version),
            new NewJournalEntry(null, "counter", id.ToString("D"), "incremented", null, $"+{by} = {next.Value}"),
            entry => new CounterIncremented(id, next.Value, entry.Seq));
        state = next;
        return state.Value;
    }

    public Task<long> GetAsync() => Task.FromResult(state.Value);

    public Task DeactivateAsync()
    {
        this.DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
