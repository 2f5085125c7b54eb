namespace Platform.Grains.Incidents;

/// <summary>A report from the public form, received before today in its group's zone, that a case handler has not been told of.</summary>
public sealed record DuePublicReport(Guid IncidentId, Guid GroupId, int Number, IncidentRecipient To, string DedupeKey);

/// <summary>
/// New reports from the public form reach the case handlers in a daily batch: a report is announced once its group's
/// day has turned, so no notification, mail or job row is written at the moment it was made. Reads only; the notifier
/// writes, and its dedupe key (the incident) makes a repeated run tell nobody twice.
/// </summary>
public sealed class PublicReportScan(Database database)
{
    private const string SelectReceived = """
        SELECT i.id AS IncidentId, i.number AS Number, i.working_group_id AS GroupId, i.received_on AS ReceivedOn, g.time_zone AS TimeZone
        FROM incident i
        JOIN working_group g ON g.id = i.working_group_id
        WHERE i.channel = 'web_form'
          AND i.status = 'received'
          AND i.purged_on IS NULL
          AND i.received_on < @latest
        ORDER BY i.received_on
        """;


    public async Task<IReadOnlyList<DuePublicReport>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var instant = Instant.FromDateTimeOffset(now);
        var latest = instant.Plus(Duration.FromHours(14)).InUtc().Date;
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ReceivedRow>(new CommandDefinition(SelectReceived, new { latest }, cancellationToken: cancellationToken));
        var due = new List<DuePublicReport>();
        foreach (var r in rows)
        {
            var today = instant.InZone(WallClock.Zone(r.TimeZone) ?? DateTimeZone.Utc).Date;
            if (r.ReceivedOn >= today)
            {
                continue;
            }

            var dedupeKey = $"incident-received:{r.IncidentId:D}";
            var handlers = await IncidentRecipients.NotYetToldAsync(connection, r.GroupId, r.IncidentId, dedupeKey, cancellationToken);
            due.AddRange(handlers.Select(h => new DuePublicReport(r.IncidentId, r.GroupId, (int)r.Number, h, dedupeKey)));
        }

        return due;
    }

    private sealed class ReceivedRow
    {
        public Guid IncidentId { get; set; }
        public long Number { get; set; }
        public Guid GroupId { get; set; }
        public LocalDate ReceivedOn { get; set; }
        public string? TimeZone { get; set; }
    }
}
