using Orleans.Runtime;
using Platform.Grains.Journal;
using Platform.Grains.Persistence;

namespace Platform.Benchmarks.Grains;

internal sealed class BenchCounterGrain(IGrainContext context, GrainPersistence persistence) : IBenchCounterGrain, IGrainBase
{
    private readonly Guid id = context.GrainId.GetGuidKey();
    private long value;
    private long version;

    public async Task<long> IncrementAsync()
    {
        await persistence.CommitAsync(
            BenchCounterStore.Save(id, value + 1, version),
            new NewJournalEntry(null, "bench_counter", id.ToString("D"), "incremented", null, "+1"));
        value++;
        version++;
        return value;
    }

    public IGrainContext GrainContext => context;

    public Task<long> ReadAsync() => Task.FromResult(value);
}
