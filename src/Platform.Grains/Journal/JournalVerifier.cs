using Platform.Grains.Storage;

namespace Platform.Grains.Journal;

/// <summary>
/// Walks the hash chain from the first row. It detects any edited, inserted or deleted row except a cut at the
/// very end: that needs an anchor kept outside the database (a recorded count or last hash, e.g. with each backup).
/// </summary>
public sealed class JournalVerifier(Database database)
{
    private const string SelectChain = """
        SELECT seq AS Seq,
               working_group_id AS WorkingGroupId,
               entity_kind AS EntityKind,
               entity_key AS EntityKey,
               action AS Action,
               actor AS Actor,
               occurred_at AS OccurredAt,
               summary AS Summary,
               prev_hash AS PrevHash,
               hash AS Hash
        FROM journal_entry
        ORDER BY seq
        """;

    /// <summary>Returns the first seq whose link or content does not match, or the number of entries when all do.</summary>
    public async Task<JournalVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);

        // Unbuffered: the journal grows without bound, and the walk needs one row at a time.
        var rows = connection.QueryUnbufferedAsync<JournalRow>(SelectChain).WithCancellation(cancellationToken);
        var previousHash = JournalHash.Genesis;
        long count = 0;
        await foreach (var row in rows)
        {
            if (row.PrevHash != previousHash || JournalHash.Compute(row) != row.Hash)
            {
                return JournalVerification.BrokenAt(row.Seq, count);
            }

            previousHash = row.Hash;
            count++;
        }

        return JournalVerification.Intact(count);
    }
}
