using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.MembershipService;

namespace Platform.Grains.Cluster;

/// <summary>
/// Orleans' membership table in our own database (tables <c>cluster_version</c> and <c>cluster_member</c>), so hosts
/// sharing the database find each other with no other server. Every change checks the table's etag (and the row's, for
/// an update) and bumps it in one transaction, so of two silos acting on the same view only the first succeeds and the
/// other re-reads. The same SQL runs on SQLite and PostgreSQL.
/// </summary>
public sealed class ClusterMembershipTable(Database database, IOptions<ClusterOptions> cluster) : IMembershipTable
{
    private readonly string clusterId = cluster.Value.ClusterId;

    private const string InsertVersion = """
        INSERT INTO cluster_version (cluster_id, version, etag)
        VALUES (@clusterId, 0, 0)
        ON CONFLICT (cluster_id) DO NOTHING
        """;

    public Task InitializeMembershipTable(bool tryInitTableVersion) => InitializeMembershipTableAsync(tryInitTableVersion, default);

    public async Task InitializeMembershipTableAsync(bool tryInitTableVersion, CancellationToken cancellationToken)
    {
        if (!tryInitTableVersion)
        {
            return;
        }

        using var turn = await database.WaitToWriteAsync(cancellationToken);
        await database.ExecuteAsync(InsertVersion, new { clusterId }, cancellationToken);
    }

    private const string DeleteCluster = "DELETE FROM cluster_version WHERE cluster_id = @clusterId";

    public Task DeleteMembershipTableEntries(string clusterId) => DeleteMembershipTableEntriesAsync(clusterId, default);

    /// <summary>Forgets the cluster: its version row and, by the foreign key's cascade, every member.</summary>
    public async Task DeleteMembershipTableEntriesAsync(string clusterId, CancellationToken cancellationToken)
    {
        using var turn = await database.WaitToWriteAsync(cancellationToken);
        await database.ExecuteAsync(DeleteCluster, new { clusterId }, cancellationToken);
    }

    private const string DeleteDefunct = """
        DELETE FROM cluster_member
        WHERE cluster_id = @clusterId
          AND status = @dead
          AND updated_at < @before
        """;

    public Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate) => CleanupDefunctSiloEntriesAsync(beforeDate, default);

    /// <summary>Deletes dead silos whose last start, heartbeat or suspicion is older than <paramref name="beforeDate"/>.</summary>
    public async Task CleanupDefunctSiloEntriesAsync(DateTimeOffset beforeDate, CancellationToken cancellationToken)
    {
        using var turn = await database.WaitToWriteAsync(cancellationToken);
        await database.ExecuteAsync(DeleteDefunct, new { clusterId, dead = EnumText.ToText(SiloStatus.Dead), before = StoredTime.Write(beforeDate) }, cancellationToken);
    }

    // One statement, so the version and the rows come from one snapshot on every database.
    private const string SelectAll = $"""
        SELECT {MemberRow.Columns}
        FROM cluster_version v
        LEFT JOIN cluster_member m ON m.cluster_id = v.cluster_id
        WHERE v.cluster_id = @clusterId
        """;

    public Task<MembershipTableData> ReadAll() => ReadAllAsync(default);

    public async Task<MembershipTableData> ReadAllAsync(CancellationToken cancellationToken)
    {
        var rows = await database.QueryAsync<MemberRow>(SelectAll, new { clusterId }, cancellationToken);
        return MemberRow.ToData(rows.AsList());
    }

    private const string SelectOne = $"""
        SELECT {MemberRow.Columns}
        FROM cluster_version v
        LEFT JOIN cluster_member m ON m.cluster_id = v.cluster_id AND m.silo = @silo
        WHERE v.cluster_id = @clusterId
        """;

    public Task<MembershipTableData> ReadRow(SiloAddress key) => ReadRowAsync(key, default);

    public async Task<MembershipTableData> ReadRowAsync(SiloAddress key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var rows = await database.QueryAsync<MemberRow>(SelectOne, new { clusterId, silo = key.ToParsableString() }, cancellationToken);
        return MemberRow.ToData(rows.AsList());
    }

    private const string Insert = """
        INSERT INTO cluster_member (cluster_id, silo, etag, status, silo_name, host_name, proxy_port, suspect_times,
                                    started_at, i_am_alive_at, updated_at)
        VALUES (@clusterId, @silo, 0, @status, @siloName, @hostName, @proxyPort, @suspectTimes,
                @startedAt, @iAmAliveAt, @updatedAt)
        ON CONFLICT (cluster_id, silo) DO NOTHING
        """;

    public Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion) => InsertRowAsync(entry, tableVersion, default);

    /// <summary>Adds a silo's row and moves the table to <paramref name="tableVersion"/>; false if the silo is there or the table moved on.</summary>
    public async Task<bool> InsertRowAsync(MembershipEntry entry, TableVersion tableVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(tableVersion);
        using var turn = await database.WaitToWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await TryMoveVersionAsync(connection, transaction, tableVersion, cancellationToken)
            || await connection.ExecuteAsync(new CommandDefinition(Insert, MemberRow.Parameters(clusterId, entry), transaction, cancellationToken: cancellationToken)) != 1)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    // A heartbeat may have landed after Orleans read the entry it passes here: times only ever move forward.
    private const string Update = """
        UPDATE cluster_member
        SET etag = etag + 1,
            status = @status,
            silo_name = @siloName,
            host_name = @hostName,
            proxy_port = @proxyPort,
            suspect_times = @suspectTimes,
            started_at = @startedAt,
            i_am_alive_at = CASE WHEN i_am_alive_at < @iAmAliveAt THEN @iAmAliveAt ELSE i_am_alive_at END,
            updated_at = CASE WHEN updated_at < @updatedAt THEN @updatedAt ELSE updated_at END
        WHERE cluster_id = @clusterId
          AND silo = @silo
          AND etag = @rowEtag
        """;

    public Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion) => UpdateRowAsync(entry, etag, tableVersion, default);

    /// <summary>Rewrites a silo's row and moves the table to <paramref name="tableVersion"/>; false if either etag moved on.</summary>
    public async Task<bool> UpdateRowAsync(MembershipEntry entry, string etag, TableVersion tableVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(tableVersion);
        if (!long.TryParse(etag, out var rowEtag))
        {
            return false;
        }

        using var turn = await database.WaitToWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var parameters = new DynamicParameters(MemberRow.Parameters(clusterId, entry));
        parameters.Add("rowEtag", rowEtag);
        if (!await TryMoveVersionAsync(connection, transaction, tableVersion, cancellationToken)
            || await connection.ExecuteAsync(new CommandDefinition(Update, parameters, transaction, cancellationToken: cancellationToken)) != 1)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private const string Heartbeat = """
        UPDATE cluster_member
        SET i_am_alive_at = @at,
            updated_at = CASE WHEN updated_at < @at THEN @at ELSE updated_at END
        WHERE cluster_id = @clusterId
          AND silo = @silo
        """;

    public Task UpdateIAmAlive(MembershipEntry entry) => UpdateIAmAliveAsync(entry, default);

    /// <summary>The silo's heartbeat: its time only, leaving both etags as they are.</summary>
    public async Task UpdateIAmAliveAsync(MembershipEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var turn = await database.WaitToWriteAsync(cancellationToken);
        var at = StoredTime.Write(MemberRow.Utc(entry.IAmAliveTime));
        var rows = await database.ExecuteAsync(Heartbeat, new { clusterId, silo = entry.SiloAddress.ToParsableString(), at }, cancellationToken);
        if (rows != 1)
        {
            throw new OrleansMissingMembershipEntryException($"Silo {entry.SiloAddress} has no row in cluster {clusterId}.");
        }
    }

    // Written first in the transaction: on SQLite it takes the write lock before anything is read, and on PostgreSQL a
    // concurrent writer waits for the row, then sees the new etag and changes nothing.
    private const string MoveVersion = """
        UPDATE cluster_version
        SET version = @version,
            etag = etag + 1
        WHERE cluster_id = @clusterId
          AND etag = @etag
        """;

    private async Task<bool> TryMoveVersionAsync(DbConnection connection, DbTransaction transaction, TableVersion version, CancellationToken cancellationToken) =>
        long.TryParse(version.VersionEtag, out var etag)
        && await connection.ExecuteAsync(new CommandDefinition(
            MoveVersion, new { clusterId, version = (long)version.Version, etag }, transaction, cancellationToken: cancellationToken)) == 1;
}
