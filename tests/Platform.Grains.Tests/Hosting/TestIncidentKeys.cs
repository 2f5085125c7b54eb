using Platform.Grains.Incidents;

namespace Platform.Grains.Tests.Hosting;

/// <summary>The incident key ring of a test database: in its data folder, as the host keeps it.</summary>
internal static class TestIncidentKeys
{
    public static IncidentVault Vault(Database database) => IncidentKeyRing.Open(database.DataDirectory, new IncidentOptions().KeyDirectory);
}
