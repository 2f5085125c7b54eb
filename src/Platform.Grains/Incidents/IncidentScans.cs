namespace Platform.Grains.Incidents;

/// <summary>Who a follow-up reminder goes to: a case handler of the group (facilitator or named handler) and their language.</summary>
public sealed record IncidentRecipient(string UserId, string Language);

/// <summary>
/// A referral the authority has not answered for <paramref name="Days"/> days (a whole number of follow-up periods at
/// least); <paramref name="DedupeKey"/> names the referral and the period, so each period reminds once.
/// </summary>
public sealed record DueReferralFollowUp(Guid IncidentId, Guid GroupId, int Number, string AuthorityName, int Days, IncidentRecipient To, string DedupeKey);

/// <summary>
/// Referral follow-ups: a referral not answered after its follow-up days reminds the group's case handlers, once per period
/// (days counted in the group's zone). Reads only; the notifier writes (its dedupe key makes a repeated run send nothing twice).
/// </summary>
public sealed class IncidentFollowUpScan(Database database)
{
    private const string SelectOpenReferrals = """
        SELECT r.id AS ReferralId, r.referred_on AS ReferredOn, r.follow_up_days AS FollowUpDays, a.name AS AuthorityName,
               i.id AS IncidentId, i.number AS Number, i.working_group_id AS GroupId, g.time_zone AS TimeZone
        FROM incident_referral r
        JOIN incident i ON i.id = r.incident_id
        JOIN incident_authority a ON a.id = r.authority_id
        JOIN working_group g ON g.id = i.working_group_id
        WHERE r.answered_on IS NULL
          AND i.status <> 'closed'
          AND i.purged_on IS NULL
          AND r.follow_up_on IS NOT NULL
          AND r.follow_up_on <= @latest
        """;


    public async Task<IReadOnlyList<DueReferralFollowUp>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var instant = Instant.FromDateTimeOffset(now);

        // The latest day anywhere on Earth (UTC+14) narrows the rows; each group's own day decides.
        var latest = instant.Plus(Duration.FromHours(14)).InUtc().Date;
        await using var connection = await database.OpenAsync(cancellationToken);
        var referrals = await connection.QueryAsync<OpenReferralRow>(new CommandDefinition(SelectOpenReferrals, new { latest }, cancellationToken: cancellationToken));
        var due = new List<DueReferralFollowUp>();
        foreach (var r in referrals)
        {
            var today = instant.InZone(WallClock.Zone(r.TimeZone) ?? DateTimeZone.Utc).Date;
            var days = Period.Between(r.ReferredOn, today, PeriodUnits.Days).Days;
            var period = days / (int)r.FollowUpDays;
            if (period < 1)
            {
                continue;
            }

            var dedupeKey = $"incident-follow-up:{r.ReferralId}:{period}";
            var handlers = await IncidentRecipients.NotYetToldAsync(connection, r.GroupId, r.IncidentId, dedupeKey, cancellationToken);
            due.AddRange(handlers.Select(h => new DueReferralFollowUp(
                r.IncidentId, r.GroupId, (int)r.Number, r.AuthorityName, period * (int)r.FollowUpDays, h, dedupeKey)));
        }

        return due;
    }

    private sealed class OpenReferralRow
    {
        public string ReferralId { get; set; } = "";
        public LocalDate ReferredOn { get; set; }
        public long FollowUpDays { get; set; }
        public string AuthorityName { get; set; } = "";
        public Guid IncidentId { get; set; }
        public long Number { get; set; }
        public Guid GroupId { get; set; }
        public string? TimeZone { get; set; }
    }
}

/// <summary>
/// The retention purge: every closed incident whose retain_until has come in its group's zone is purged by its grain.
/// </summary>
public sealed class IncidentRetention(Database database, IGrainFactory grains)
{
    private const string SelectExpired = """
        SELECT i.id AS Id, i.retain_until AS RetainUntil, g.time_zone AS TimeZone
        FROM incident i
        JOIN working_group g ON g.id = i.working_group_id
        WHERE i.status = 'closed' AND i.purged_on IS NULL AND i.retain_until IS NOT NULL AND i.retain_until <= @latest
        ORDER BY i.retain_until
        """;

    /// <summary>Purges what is due at <paramref name="now"/>; returns how many incidents were purged.</summary>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var instant = Instant.FromDateTimeOffset(now);
        var latest = instant.Plus(Duration.FromHours(14)).InUtc().Date;
        List<(Guid Id, LocalDate RetainUntil, string? TimeZone)> expired;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            expired = [.. await connection.QueryAsync<(Guid Id, LocalDate RetainUntil, string? TimeZone)>(new CommandDefinition(SelectExpired, new { latest }, cancellationToken: cancellationToken))];
        }

        var purged = 0;
        foreach (var row in expired)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var today = instant.InZone(WallClock.Zone(row.TimeZone) ?? DateTimeZone.Utc).Date;
            if (row.RetainUntil <= today && await grains.GetGrain<IIncidentGrain>(row.Id).PurgeAsync(today))
            {
                purged++;
            }
        }

        return purged;
    }
}
