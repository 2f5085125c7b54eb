using Platform.Grains.Journal;
using Platform.Grains.Runtime;

namespace Platform.Grains.Tests.Runtime.Counter;

public sealed class CounterGrain(GrainContext context, CounterStore store, GrainPersistence persistence, ActivationLog log)
    : ICounterGrain, IGrainBase
{
    private readonly Guid id = context.GetPrimaryKey();
    private CounterState state = new(0, 0);

    public async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        state = await store.LoadAsync(id);
        log.Activated.Enqueue(id);
    }

    public Task OnDeactivateAsync(CancellationToken cancellationToken)
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
}
