namespace Platform.Grains.Incidents;

/// <summary>
/// Whether this host's incident key ring opens the incidents already stored: a host of a cluster given its own
/// <c>Incidents:KeyDirectory</c> (not the shared one) would make a ring of its own, could read none of the others'
/// incidents, and the others none of its own. Reads a few wrapped keys and tries to unwrap them; opens nothing else.
/// </summary>
public sealed class IncidentKeyCheck(Database database, IncidentVault vault)
{
    private const string SelectWrapped = "SELECT wrapped FROM incident_key ORDER BY incident_id LIMIT 3";

    /// <summary>True when no incident is stored yet or every key read unwraps with this host's ring.</summary>
    public async Task<bool> OpensStoredKeysAsync(CancellationToken cancellationToken = default)
    {
        foreach (var wrapped in await database.QueryAsync<string>(SelectWrapped, cancellationToken: cancellationToken))
        {
            try
            {
                vault.Unwrap(wrapped);
            }
            catch (CryptographicException)
            {
                return false;
            }
        }

        return true;
    }
}
