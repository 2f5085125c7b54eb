using System.Data.Common;
using Dapper;

namespace Platform.Benchmarks.Volume;

/// <summary>Inserts many rows with one prepared statement inside one transaction: the generator's only write path.</summary>
internal static class Bulk
{
    public static async Task<int> InsertAsync(DbConnection connection, DbTransaction transaction, string sql, IEnumerable<object> rows)
    {
        var count = 0;
        foreach (var chunk in rows.Chunk(5_000))
        {
            count += await connection.ExecuteAsync(new CommandDefinition(sql, chunk, transaction));
        }

        return count;
    }
}
