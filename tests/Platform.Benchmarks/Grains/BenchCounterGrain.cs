using Platform.Grains.Journal;
using Platform.Grains.Runtime;

namespace Platform.Benchmarks.Grains;

internal sealed class BenchCounterGrain(GrainContext context, GrainPersistence persistence) : IBenchCounterGrain
{
    private readonly Guid id = context.GetPrimaryKey();
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

    public Task<long> ReadAsync() => Task.FromResult(value);
}
