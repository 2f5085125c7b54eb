using Platform.Grains.Incidents;

namespace Platform.Grains.Tests.Incidents;

public sealed class IncidentKeyCheckTests
{
    [Fact]
    public async Task OpensStoredKeys_HostWithAnotherKeyRing_SaysNo_AndTheRingThatWroteThemSaysYes()
    {
        using var db = await TempDatabase.MigratedAsync();
        var ownRing = IncidentKeyRing.Open(db.Database.DataDirectory, new IncidentOptions().KeyDirectory);
        var otherFolder = Directory.CreateTempSubdirectory("roundtable-other-ring-").FullName;
        var otherRing = IncidentKeyRing.Open(otherFolder, "incident-keys");
        var before = await new IncidentKeyCheck(db.Database, otherRing).OpensStoredKeysAsync();
        await using (var silo = new IncidentSilo(db.Database))
        {
            var s = await silo.SeatsAsync();
            await silo.ReportAsync(IncidentSilo.ByMember(s));
        }

        var own = await new IncidentKeyCheck(db.Database, ownRing).OpensStoredKeysAsync();
        var other = await new IncidentKeyCheck(db.Database, otherRing).OpensStoredKeysAsync();
        Directory.Delete(otherFolder, recursive: true);

        // Nothing stored yet: nothing to fail. Then only the ring that wrapped the key opens it.
        Assert.Equal((true, true, false), (before, own, other));
    }
}
