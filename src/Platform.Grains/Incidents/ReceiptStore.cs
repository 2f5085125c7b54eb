namespace Platform.Grains.Incidents;

/// <summary>
/// Finds the report a receipt code opens. Reads only: <c>incident_receipt</c> rows are written by the incident grain
/// with the report. The first four digits narrow the candidates; each is checked against its slow hash, and a code
/// whose prefix matches nothing is hashed once anyway, so the answer's timing does not tell which prefixes exist.
/// </summary>
public sealed class ReceiptStore(Database database)
{
    private static readonly string Decoy = ReceiptCode.New().Hash();

    private const string SelectCandidates = """
        SELECT incident_id AS IncidentId,
               code_hash AS CodeHash
        FROM incident_receipt
        WHERE lookup = @lookup
        """;

    /// <summary>The incident <paramref name="code"/> was given for, or null.</summary>
    public async Task<Guid?> FindAsync(ReceiptCode code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        List<Candidate> candidates;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            candidates = [.. await connection.QueryAsync<Candidate>(new CommandDefinition(SelectCandidates, new { lookup = code.Lookup }, cancellationToken: cancellationToken))];
        }

        if (candidates.Count == 0)
        {
            _ = code.Matches(Decoy);
            return null;
        }

        // Every candidate is checked, so the time taken does not depend on which one matched.
        Guid? found = null;
        foreach (var candidate in candidates)
        {
            if (code.Matches(candidate.CodeHash))
            {
                found = candidate.IncidentId;
            }
        }

        return found;
    }

    private sealed record Candidate(Guid IncidentId, string CodeHash);
}
