namespace Platform.Grains.Journal;

/// <summary>
/// Walks the hash chain from the first row, which detects any edited, inserted or deleted row but not a cut at the very
/// end nor a rewrite that recomputes every later hash. <see cref="CheckAsync"/> also holds the chain against the signed
/// anchors kept outside the database (<see cref="JournalAnchors"/>), which detects both.
/// </summary>
public sealed class JournalVerifier(Database database)
{
    private const string SelectChain = $"""
        SELECT {JournalRow.Columns}
        FROM journal_entry
        ORDER BY seq
        """;

    /// <summary>Returns the first seq whose link or content does not match, or the number of entries when all do.</summary>
    public async Task<JournalVerification> VerifyAsync(CancellationToken cancellationToken = default) =>
        (await WalkAsync([], cancellationToken)).Chain;

    /// <summary>Walks the chain and compares it with every anchor whose signature holds; names what is missing or rewritten.</summary>
    public async Task<JournalReport> CheckAsync(IReadOnlyList<FoundAnchor> anchors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        var signed = anchors.Where(a => a is { SignatureValid: true, Anchor: not null }).OrderBy(a => a.Anchor!.Seq).ToList();
        var (chain, lastSeq, hashes) = await WalkAsync([.. signed.Select(a => a.Anchor!.Seq)], cancellationToken);
        var findings = anchors.Where(a => !a.SignatureValid || a.Anchor is null).Select(a => new AnchorFinding(AnchorProblem.BadSignature, a.File, a.Anchor?.Seq ?? 0, 0)).ToList();

        // A rewrite lies after the last anchor that still matches and at or before the first that does not.
        long matchedUpTo = 0;
        foreach (var found in signed.Where(a => a.Anchor!.Seq <= lastSeq))
        {
            var anchor = found.Anchor!;
            if (hashes.GetValueOrDefault(anchor.Seq) == anchor.Hash)
            {
                matchedUpTo = Math.Max(matchedUpTo, anchor.Seq);
                continue;
            }

            findings.Add(new AnchorFinding(AnchorProblem.Rewritten, found.File, anchor.Seq, matchedUpTo + 1));
            break;
        }

        // The anchor that reaches furthest past the end names every missing row.
        if (signed.LastOrDefault(a => a.Anchor!.Seq > lastSeq) is { } furthest)
        {
            findings.Add(new AnchorFinding(AnchorProblem.Truncated, furthest.File, furthest.Anchor!.Seq, lastSeq + 1));
        }

        return new JournalReport(chain, lastSeq, signed.Count, findings);
    }

    private async Task<(JournalVerification Chain, long LastSeq, Dictionary<long, string> Hashes)> WalkAsync(HashSet<long> wanted, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);

        // Unbuffered: the journal grows without bound, and the walk needs one row at a time.
        var rows = connection.QueryUnbufferedAsync<JournalRow>(SelectChain).WithCancellation(cancellationToken);
        var previousHash = JournalHash.Genesis;
        long count = 0;
        long lastSeq = 0;
        JournalVerification? broken = null;
        var hashes = new Dictionary<long, string>();
        await foreach (var row in rows)
        {
            if (broken is null && (row.PrevHash != previousHash || JournalHash.Compute(row) != row.Hash))
            {
                broken = JournalVerification.BrokenAt(row.Seq, count);
            }

            if (wanted.Contains(row.Seq))
            {
                hashes[row.Seq] = row.Hash;
            }

            if (broken is not null && wanted.Count == 0)
            {
                break;
            }

            previousHash = row.Hash;
            lastSeq = row.Seq;
            count++;
        }

        return (broken ?? JournalVerification.Intact(count), lastSeq, hashes);
    }
}
