namespace Platform.Grains.Cluster;

/// <summary>
/// One row of <c>cluster_version v LEFT JOIN cluster_member m</c>: the table version, and a member unless the table
/// has none. Converts between rows and Orleans' <see cref="MembershipEntry"/>.
/// </summary>
internal sealed class MemberRow
{
    public const string Columns = """
        v.version AS Version,
               v.etag AS VersionEtag,
               m.silo AS Silo,
               m.etag AS Etag,
               m.status AS Status,
               m.silo_name AS SiloName,
               m.host_name AS HostName,
               m.proxy_port AS ProxyPort,
               m.suspect_times AS SuspectTimes,
               m.started_at AS StartedAt,
               m.i_am_alive_at AS IAmAliveAt
        """;

    public long Version { get; init; }

    public long VersionEtag { get; init; }

    public string? Silo { get; init; }

    public long? Etag { get; init; }

    public string? Status { get; init; }

    public string? SiloName { get; init; }

    public string? HostName { get; init; }

    public long? ProxyPort { get; init; }

    public string? SuspectTimes { get; init; }

    public string? StartedAt { get; init; }

    public string? IAmAliveAt { get; init; }

    /// <summary>The table read: version 0 with an etag no row has when the cluster has no version row yet.</summary>
    public static MembershipTableData ToData(IReadOnlyList<MemberRow> rows)
    {
        if (rows.Count == 0)
        {
            return new MembershipTableData(new TableVersion(0, "-1"));
        }

        var version = new TableVersion(checked((int)rows[0].Version), rows[0].VersionEtag.ToString(CultureInfo.InvariantCulture));
        var members = rows
            .Where(r => r.Silo is not null)
            .Select(r => Tuple.Create(r.ToEntry(), r.Etag!.Value.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        return new MembershipTableData(members, version);
    }

    /// <summary>The parameters the insert and update statements name, from <paramref name="entry"/>.</summary>
    public static object Parameters(string clusterId, MembershipEntry entry)
    {
        var suspicions = entry.SuspectTimes ?? [];
        var updated = suspicions.Select(s => Utc(s.Item2)).Append(Utc(entry.StartTime)).Append(Utc(entry.IAmAliveTime)).Max();
        return new
        {
            clusterId,
            silo = entry.SiloAddress.ToParsableString(),
            status = EnumText.ToText(entry.Status),
            siloName = entry.SiloName ?? "",
            hostName = entry.HostName ?? "",
            proxyPort = (long)entry.ProxyPort,
            suspectTimes = string.Join(',', suspicions.Select(s => $"{s.Item1.ToParsableString()} {StoredTime.Write(Utc(s.Item2))}")),
            startedAt = StoredTime.Write(Utc(entry.StartTime)),
            iAmAliveAt = StoredTime.Write(Utc(entry.IAmAliveTime)),
            updatedAt = StoredTime.Write(updated),
        };
    }

    /// <summary>Orleans' times are <see cref="DateTime"/>s, UTC unless a caller made a local one.</summary>
    public static DateTimeOffset Utc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(time.ToUniversalTime()),
        _ => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
    };

    private MembershipEntry ToEntry() => new()
    {
        SiloAddress = SiloAddress.FromParsableString(Silo!),
        Status = EnumText.Parse<SiloStatus>(Status!),
        SiloName = SiloName ?? "",
        HostName = HostName ?? "",
        ProxyPort = checked((int)ProxyPort!.Value),
        SuspectTimes = ReadSuspicions(SuspectTimes!),
        StartTime = StoredTime.Read(StartedAt!).UtcDateTime,
        IAmAliveTime = StoredTime.Read(IAmAliveAt!).UtcDateTime,
    };

    private static List<Tuple<SiloAddress, DateTime>> ReadSuspicions(string text) =>
    [
        .. text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
        {
            var parts = pair.Split(' ');
            return Tuple.Create(SiloAddress.FromParsableString(parts[0]), StoredTime.Read(parts[1]).UtcDateTime);
        }),
    ];
}
