using System.Diagnostics;
using Dapper;
using Platform.Grains.Storage;

namespace Platform.Benchmarks.Live;

/// <summary>
/// The floor under the live benchmark's write path: one action-item progress row (the row a progress POST adds),
/// inserted and committed with Dapper on a pooled connection opened through <see cref="Database"/>, so with the
/// product's settings (WAL, synchronous FULL, foreign keys). Runs on the benchmark's own database after the host stops.
/// </summary>
internal static class RawInsert
{
    private const string SelectParent = """
        SELECT ai.id AS ItemId, wg_member.user_id AS UserId
        FROM action_item ai
        JOIN membership wg_member ON wg_member.working_group_id = ai.working_group_id
        LIMIT 1
        """;

    private const string InsertUpdateRow = """
        INSERT INTO action_item_update (id, action_item_id, text, status_from, status_to, evidence_link, created_by, created_at)
        VALUES (@id, @itemId, @text, NULL, NULL, NULL, @createdBy, @createdAt)
        """;

    /// <summary>Times <paramref name="count"/> sequential insert-and-commits after 200 unrecorded ones; milliseconds each.</summary>
    public static async Task<IReadOnlyList<double>> RunAsync(string dataDirectory, int count)
    {
        var database = BenchDatabase.Open(dataDirectory);
        (string ItemId, string UserId) parent;
        await using (var connection = await database.OpenAsync())
        {
            parent = await connection.QuerySingleAsync<(string ItemId, string UserId)>(SelectParent);
        }

        var times = new List<double>(count);
        for (var i = -200; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            await using (var connection = await database.OpenAsync())
            await using (var transaction = await connection.BeginTransactionAsync())
            {
                await connection.ExecuteAsync(InsertUpdateRow, new
                {
                    id = Guid.NewGuid().ToString("D"),
                    itemId = parent.ItemId,
                    text = $"Bench progress {i}",
                    createdBy = parent.UserId,
                    createdAt = StoredTime.Write(DateTimeOffset.UtcNow),
                }, transaction);
                await transaction.CommitAsync();
            }

            if (i >= 0)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return times;
    }
}
