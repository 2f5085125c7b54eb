using System.Diagnostics;
using Platform.Grains.Storage;

namespace Platform.Benchmarks.Grains;

/// <summary>One-row grain commands per second on a fresh SQLite file, per synchronous mode and call pattern.</summary>
internal static class GrainThroughput
{
    public static async Task<IReadOnlyList<ThroughputResult>> RunAsync(TimeSpan duration)
    {
        var results = new List<ThroughputResult>();
        foreach (var synchronous in new[] { "FULL", "NORMAL" })
        {
            results.Add(await MeasureAsync(synchronous, grains: 1, duration));
            results.Add(await MeasureAsync(synchronous, grains: 50, duration));
        }

        return results;
    }

    /// <summary>Microseconds per in-process call that does no I/O, sequential on one grain (median of 20 rounds of 10,000).</summary>
    public static async Task<double> CallLatencyAsync()
    {
        await using var silo = await BenchSilo.StartAsync(new Database(new StorageOptions { DataDirectory = Path.GetTempPath() }, Path.GetTempPath()));
        var counter = silo.Grains.GetGrain<IBenchCounterGrain>(Guid.NewGuid());
        var rounds = new List<double>();
        for (var round = 0; round < 21; round++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < 10_000; i++)
            {
                await counter.ReadAsync();
            }

            // The first round warms up (activation, JIT) and is not counted.
            if (round > 0)
            {
                rounds.Add(clock.Elapsed.TotalMicroseconds / 10_000);
            }
        }

        return rounds.Order().ElementAt(rounds.Count / 2);
    }

    private static async Task<ThroughputResult> MeasureAsync(string synchronous, int grains, TimeSpan duration)
    {
        var folder = Directory.CreateTempSubdirectory("roundtable-bench-").FullName;
        try
        {
            var database = new Database(new StorageOptions { DataDirectory = folder, Synchronous = synchronous }, folder);
            await new Migrator(database).MigrateAsync();
            await new BenchCounterStore(database).CreateTableAsync();
            await using var silo = await BenchSilo.StartAsync(database);
            var factory = silo.Grains;
            var counters = Enumerable.Range(0, grains).Select(_ => factory.GetGrain<IBenchCounterGrain>(Guid.NewGuid())).ToList();

            // Warm-up: activations, JIT, connection pool, first pages of the file.
            await Task.WhenAll(counters.Select(c => c.IncrementAsync()));

            var clock = Stopwatch.StartNew();
            var loops = counters.Select(async c =>
            {
                long done = 0;
                while (clock.Elapsed < duration)
                {
                    await c.IncrementAsync();
                    done++;
                }

                return done;
            });
            var total = (await Task.WhenAll(loops)).Sum();
            return new ThroughputResult(synchronous, grains, total, clock.Elapsed);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
