using Platform.Grains.Storage;

namespace Platform.Grains.Incidents;

/// <summary>The incident row and the rows it owns (steps, alleged, identities, evidence, referrals, messages, receipt, key); only the incident grain writes them.</summary>
public sealed partial class IncidentStore(Database database, IncidentVault vault)
{
    public Database Database => database;

    public IncidentVault Vault => vault;

    public static string Key(Guid id) => id.ToString("D");
}
