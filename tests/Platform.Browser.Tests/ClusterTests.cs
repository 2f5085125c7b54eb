using System.Diagnostics;
using System.Net;
using Platform.Grains.Storage;
using Platform.Grains.Tests.Storage;

namespace Platform.Browser.Tests;

/// <summary>
/// Two host processes on one database form one Orleans cluster (<c>Orleans:Membership=database</c>). One is killed
/// (SIGKILL) while twenty clients write through both: nothing acknowledged is lost or doubled, the journal still
/// verifies, and the survivor serves the dead host's grains within 5 s (with Orleans' default probes, 5 s × 3, the
/// wait was 16.6 s here and this test failed; with the platform's 1 s × 2 it was 3.8 s on a loaded 2-core machine).
/// </summary>
public sealed class ClusterTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int Clients = 20;

    [Fact]
    public Task KillOneHost_OnSqlite_EveryAcknowledgedWriteStoredOnceAndSurvivorTakesOverWithin5s() => KillOneHostAsync(new Dictionary<string, string>());

    [PostgresFact]
    public Task KillOneHost_OnPostgreSql_EveryAcknowledgedWriteStoredOnceAndSurvivorTakesOverWithin5s()
    {
        var connection = TestPostgres.CreateDatabase(migrated: false);
        return KillOneHostAsync(new Dictionary<string, string> { ["Storage:Provider"] = "postgresql", ["Storage:ConnectionString"] = connection });
    }

    private async Task KillOneHostAsync(Dictionary<string, string> storage)
    {
        await using var a = await HostProcess.StartAsync(demo: true, null, ClusterSettings(storage));
        await using var b = await HostProcess.StartAsync(demo: false, a.DataDirectory, ClusterSettings(storage));
        var database = Database(a.DataDirectory, storage);
        var items = await OpenItemsAsync(database);
        var cookie = await FormFields.SignInAsync(a.BaseAddress, "ana.restrepo@demo.example", "demo-password-2026");
        var clients = Enumerable.Range(0, Clients).Select(n => new Writer(n, items[n % items.Count], n % 2 == 0 ? a.BaseAddress : b.BaseAddress, b.BaseAddress, cookie)).ToList();
        using var stop = new CancellationTokenSource();

        var writing = clients.Select(c => c.RunAsync(stop.Token)).ToList();
        await Task.WhenAll(clients.Select(c => c.FirstAcknowledged.WaitAsync(TimeSpan.FromSeconds(60))));
        var killedAt = Stopwatch.GetTimestamp();
        await a.KillAsync();
        await Task.WhenAll(clients.Select(c => c.AcknowledgedAfterAsync(killedAt).WaitAsync(TimeSpan.FromSeconds(60))));
        await stop.CancelAsync();
        await Task.WhenAll(writing);
        await b.KillAsync();

        var stored = await StoredTextsAsync(database);
        var acknowledged = clients.SelectMany(c => c.Acknowledged).ToList();
        Assert.All(acknowledged, text => Assert.Equal(1, stored.GetValueOrDefault(text)));
        Assert.All(clients.SelectMany(c => c.Attempted), text => Assert.InRange(stored.GetValueOrDefault(text), 0, 1));
        var (exitCode, verified) = await a.RunVerbAsync("verify-journal");
        Assert.True(exitCode == 0, verified);
        var takeover = clients.Max(c => c.GapAround(killedAt));
        output.WriteLine($"{acknowledged.Count} writes acknowledged, {clients.Sum(c => c.Attempted.Count())} sent; longest wait after the kill {takeover.TotalMilliseconds:0} ms");
        Assert.True(takeover < TimeSpan.FromSeconds(5), $"the longest wait for an acknowledged write across the kill was {takeover.TotalSeconds:0.00} s");
    }

    /// <summary>A host that joins the cluster in its database, on its own free silo and gateway ports.</summary>
    internal static Dictionary<string, string> ClusterSettings(IReadOnlyDictionary<string, string>? storage = null) => new(storage ?? new Dictionary<string, string>())
    {
        ["Orleans:Membership"] = "database",
        ["Orleans:SiloPort"] = TestPorts.Free().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Orleans:GatewayPort"] = TestPorts.Free().ToString(System.Globalization.CultureInfo.InvariantCulture),
    };


    private const string SelectOpenItems = """
        SELECT a.working_group_id AS GroupId, a.id AS ItemId
        FROM action_item a
        JOIN membership m ON m.working_group_id = a.working_group_id
        JOIN user_account u ON u.id = m.user_id
        WHERE u.email = 'ana.restrepo@demo.example' AND m.role = 'facilitator' AND a.status IN ('open', 'in_progress', 'blocked')
        ORDER BY a.id
        LIMIT 20
        """;

    /// <summary>The hosts' database, as the test reads it.</summary>
    private static Database Database(string dataDirectory, Dictionary<string, string> storage) => new(
        new StorageOptions { DataDirectory = dataDirectory, Provider = storage.GetValueOrDefault("Storage:Provider", "sqlite"), ConnectionString = storage.GetValueOrDefault("Storage:ConnectionString") },
        dataDirectory);

    private static async Task<List<(string GroupId, string ItemId)>> OpenItemsAsync(Database database)
    {
        await using var connection = await database.OpenAsync();
        var items = (await connection.QueryAsync<(string GroupId, string ItemId)>(SelectOpenItems)).ToList();
        Assert.True(items.Count >= 10, $"the demo has {items.Count} open items of Ana's groups");
        return items;
    }

    private static async Task<Dictionary<string, int>> StoredTextsAsync(Database database)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<(string Text, long Count)>("SELECT text AS Text, COUNT(*) AS Count FROM action_item_update WHERE text LIKE 'cluster %' GROUP BY text");
        return rows.ToDictionary(r => r.Text, r => (int)r.Count);
    }

    /// <summary>Signs in through the form once; every client then carries the same session cookies (sessions live in the database, so either host honours it).</summary>
}
