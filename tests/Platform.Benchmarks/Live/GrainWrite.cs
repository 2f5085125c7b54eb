using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans;
using Platform.Grains.ActionItems;
using Platform.Grains.Storage;

namespace Platform.Benchmarks.Live;

/// <summary>
/// The platform's own write path without HTTP: the same progress a POST adds, through the action-item grain (progress
/// row, versioned item row and hash-chained journal entry in one transaction, then the event published), on the
/// benchmark's database after the host stops. Set beside <see cref="RawInsert"/> it shows what the grain adds to a commit.
/// </summary>
internal static class GrainWrite
{
    private const string SelectItem = """
        SELECT ai.id AS ItemId, m.user_id AS UserId
        FROM action_item ai
        JOIN membership m ON m.working_group_id = ai.working_group_id AND m.role <> 'observer'
        WHERE ai.status IN ('open', 'in_progress')
        LIMIT 1
        """;

    /// <summary>Times <paramref name="count"/> sequential progress commands after 200 unrecorded ones; milliseconds each.</summary>
    public static async Task<IReadOnlyList<double>> RunAsync(string dataDirectory, int count)
    {
        var database = BenchDatabase.Open(dataDirectory);
        (string ItemId, string UserId) target;
        await using (var connection = await database.OpenAsync())
        {
            target = await connection.QuerySingleAsync<(string ItemId, string UserId)>(SelectItem);
        }

        await using var silo = await BenchSilo.StartAsync(database, services => services.AddSingleton<ActionItemStore>());
        var item = silo.Grains.GetGrain<IActionItemGrain>(Guid.Parse(target.ItemId));
        var times = new List<double>(count);
        for (var i = -200; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            await item.AddProgressAsync(new AddActionItemProgress($"Bench progress {i}", null, null, target.UserId));
            if (i >= 0)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return times;
    }
}
