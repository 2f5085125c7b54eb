using System.Net;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime;
using Platform.Grains.Cluster;

namespace Platform.Grains.Tests.Cluster;

/// <summary>
/// Orleans' contract for a membership table, on a real SQLite file: every change is refused when the table (or the row)
/// moved on since it was read, so two silos acting on one view cannot both win.
/// </summary>
public sealed class ClusterMembershipTableTests : IDisposable
{
    private static readonly DateTime Start = new(2026, 12, 4, 6, 0, 0, DateTimeKind.Utc);
    private readonly TempDatabase temp = TempDatabase.MigratedAsync().GetAwaiter().GetResult();
    private readonly ClusterMembershipTable table;

    public ClusterMembershipTableTests()
    {
        table = Table("roundtable");
        table.InitializeMembershipTable(true).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task InsertRow_CurrentVersion_IsReadBackWithTheNewVersion()
    {
        var empty = await table.ReadAll();
        var entry = Entry(1, SiloStatus.Joining);
        entry.SuspectTimes = [Tuple.Create(Silo(2), Start.AddSeconds(3))];

        Assert.True(await table.InsertRow(entry, empty.Version.Next()));

        var read = await table.ReadAll();
        Assert.Equal(1, read.Version.Version);
        Assert.NotEqual(empty.Version.VersionEtag, read.Version.VersionEtag);
        var (stored, _) = Assert.Single(read.Members);
        Assert.Equal((entry.SiloAddress, SiloStatus.Joining, 30001, "silo-1"), (stored.SiloAddress, stored.Status, stored.ProxyPort, stored.SiloName));
        Assert.Equal((Start, Start.AddSeconds(1)), (stored.StartTime, stored.IAmAliveTime));
        Assert.Equal(entry.SuspectTimes, stored.SuspectTimes);
    }

    [Fact]
    public async Task InsertRow_SiloAlreadyThere_IsRefusedAndChangesNothing()
    {
        var empty = await table.ReadAll();
        Assert.True(await table.InsertRow(Entry(1, SiloStatus.Joining), empty.Version.Next()));
        var before = await table.ReadAll();

        Assert.False(await table.InsertRow(Entry(1, SiloStatus.Active), before.Version.Next()));

        var after = await table.ReadAll();
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(SiloStatus.Joining, Assert.Single(after.Members).Item1.Status);
    }

    [Fact]
    public async Task InsertRow_TableMovedOnSinceRead_IsRefused()
    {
        var stale = await table.ReadAll();
        Assert.True(await table.InsertRow(Entry(1, SiloStatus.Joining), stale.Version.Next()));

        // A second silo that read the table before the first joined must read again.
        Assert.False(await table.InsertRow(Entry(2, SiloStatus.Joining), stale.Version.Next()));

        Assert.Equal([Silo(1)], (await table.ReadAll()).Members.Select(m => m.Item1.SiloAddress));
    }

    [Fact]
    public async Task UpdateRow_RowOrTableMovedOnSinceRead_IsRefusedAndChangesNothing()
    {
        Assert.True(await table.InsertRow(Entry(1, SiloStatus.Joining), (await table.ReadAll()).Version.Next()));
        var read = await table.ReadRow(Silo(1));
        var (entry, etag) = Assert.Single(read.Members);
        entry.Status = SiloStatus.Active;
        Assert.True(await table.UpdateRow(entry, etag, read.Version.Next()));

        // Both etags read before that update are stale now; the row's own alone, too.
        entry.Status = SiloStatus.Dead;
        Assert.False(await table.UpdateRow(entry, etag, read.Version.Next()));
        var current = await table.ReadRow(Silo(1));
        Assert.False(await table.UpdateRow(entry, etag, current.Version.Next()));
        Assert.False(await table.UpdateRow(entry, current.Members[0].Item2, read.Version.Next()));

        var after = await table.ReadAll();
        Assert.Equal((2, SiloStatus.Active), (after.Version.Version, Assert.Single(after.Members).Item1.Status));
    }

    [Fact]
    public async Task UpdateRow_SiloNotThere_IsRefused()
    {
        var read = await table.ReadAll();

        Assert.False(await table.UpdateRow(Entry(1, SiloStatus.Active), "0", read.Version.Next()));

        Assert.Equal(read.Version, (await table.ReadAll()).Version);
    }

    [Fact]
    public async Task UpdateIAmAlive_Heartbeat_MovesTheTimeAndLeavesBothEtagsUsable()
    {
        Assert.True(await table.InsertRow(Entry(1, SiloStatus.Active), (await table.ReadAll()).Version.Next()));
        var read = await table.ReadRow(Silo(1));
        var (entry, etag) = read.Members[0];

        await table.UpdateIAmAlive(new MembershipEntry { SiloAddress = Silo(1), IAmAliveTime = Start.AddMinutes(5) });

        var beat = await table.ReadRow(Silo(1));
        Assert.Equal(Start.AddMinutes(5), beat.Members[0].Item1.IAmAliveTime);
        Assert.Equal((read.Version, etag), (beat.Version, beat.Members[0].Item2));

        // An update built from the read before the heartbeat still succeeds, and does not put the older time back.
        entry.Status = SiloStatus.ShuttingDown;
        Assert.True(await table.UpdateRow(entry, etag, read.Version.Next()));
        var after = (await table.ReadRow(Silo(1))).Members[0].Item1;
        Assert.Equal((SiloStatus.ShuttingDown, Start.AddMinutes(5)), (after.Status, after.IAmAliveTime));
    }

    [Fact]
    public async Task UpdateIAmAlive_SiloNotThere_Throws()
    {
        await Assert.ThrowsAsync<Orleans.Runtime.MembershipService.OrleansMissingMembershipEntryException>(
            () => table.UpdateIAmAlive(new MembershipEntry { SiloAddress = Silo(9), IAmAliveTime = Start }));
    }

    [Fact]
    public async Task CleanupDefunctSiloEntries_OldAndNewEntries_RemovesOnlyDeadSilosLastSeenBeforeTheDate()
    {
        var deadLongAgo = Entry(1, SiloStatus.Dead);
        var deadButRecentlySuspected = Entry(2, SiloStatus.Dead);
        deadButRecentlySuspected.SuspectTimes = [Tuple.Create(Silo(3), Start.AddHours(2))];
        var activeLongAgo = Entry(3, SiloStatus.Active);
        foreach (var entry in new[] { deadLongAgo, deadButRecentlySuspected, activeLongAgo })
        {
            Assert.True(await table.InsertRow(entry, (await table.ReadAll()).Version.Next()));
        }

        await table.CleanupDefunctSiloEntries(new DateTimeOffset(Start.AddHours(1)));

        Assert.Equal([Silo(2), Silo(3)], (await table.ReadAll()).Members.Select(m => m.Item1.SiloAddress).Order());
    }

    [Fact]
    public async Task DeleteMembershipTableEntries_OneCluster_ForgetsItAndLeavesTheOther()
    {
        var other = Table("staging");
        await other.InitializeMembershipTable(true);
        Assert.True(await other.InsertRow(Entry(1, SiloStatus.Active), (await other.ReadAll()).Version.Next()));
        Assert.True(await table.InsertRow(Entry(1, SiloStatus.Active), (await table.ReadAll()).Version.Next()));

        await table.DeleteMembershipTableEntries("roundtable");

        Assert.Empty((await table.ReadAll()).Members);
        Assert.Single((await other.ReadAll()).Members);
    }

    private ClusterMembershipTable Table(string clusterId) =>
        new(temp.Database, Options.Create(new ClusterOptions { ClusterId = clusterId, ServiceId = "roundtable" }));

    private static SiloAddress Silo(int n) => SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 11110 + n), 100 + n);

    private static MembershipEntry Entry(int n, SiloStatus status) => new()
    {
        SiloAddress = Silo(n),
        Status = status,
        SiloName = $"silo-{n}",
        HostName = "test-host",
        ProxyPort = 30000 + n,
        SuspectTimes = [],
        StartTime = Start,
        IAmAliveTime = Start.AddSeconds(1),
    };

    public void Dispose() => temp.Dispose();
}
