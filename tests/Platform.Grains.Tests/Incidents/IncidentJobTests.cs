using Platform.Grains;
using Platform.Grains.Incidents;
using Platform.Grains.Mail;
using Platform.Grains.Notifications;

namespace Platform.Grains.Tests.Incidents;

/// <summary>Referral reminders and the retention purge on a fake clock, where each group's own day decides.</summary>
public sealed class IncidentJobTests
{
    // The silo's clock starts at 2026-11-22 12:00 UTC: the 22nd in Lima (UTC-5) and in Kinshasa (UTC+1).
    private static async Task<(IncidentSilo Silo, IncidentSeats Seats, IncidentState Incident)> ReferredAsync(TempDatabase db, string zone)
    {
        var silo = new IncidentSilo(db.Database);
        var s = await silo.SeatsAsync(zone);
        var grain = await silo.ReportedByMemberAsync(s);
        await grain.AssessAsync(new AssessIncident(new IncidentSeverity(2, 2, 2), s.Handler));
        var referred = await grain.ReferAsync(new ReferIncident(s.Authority, new LocalDate(2026, 11, 22), "OF-88", s.Handler));
        return (silo, s, referred);
    }

    [Theory]
    [InlineData("America/Lima", 5)] // the 2nd of December begins at 05:00 UTC
    [InlineData("Africa/Kinshasa", -1)] // … and at 23:00 UTC on the 1st
    public async Task FollowUp_AfterTheGroupsDayTurns_RemindsEachHandlerOncePerPeriod(string zone, int utcHourOfMidnight)
    {
        using var db = await TempDatabase.MigratedAsync();
        var (silo, s, incident) = await ReferredAsync(db, zone);
        await using var _ = silo;
        var midnight = new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero).AddHours(utcHourOfMidnight);

        var before = await silo.FollowUps.DueAsync(midnight.AddMinutes(-1));
        var due = await silo.FollowUps.DueAsync(midnight.AddMinutes(1));
        await WriteAsync(db, due, midnight);
        var again = await silo.FollowUps.DueAsync(midnight.AddHours(5));
        var nextPeriod = await silo.FollowUps.DueAsync(midnight.AddDays(10).AddMinutes(1));

        Assert.Empty(before);
        Assert.Equal(new[] { s.Facilitator, s.Handler, s.Police, s.CompanyHandler }.Order(StringComparer.Ordinal), due.Select(d => d.To.UserId).Order(StringComparer.Ordinal));
        Assert.All(due, d => Assert.Equal((incident.Number, "Fiscalía seccional", 10), (d.Number, d.AuthorityName, d.Days)));
        Assert.Empty(again);
        Assert.Equal(4, nextPeriod.Count);
        Assert.All(nextPeriod, d => Assert.Equal(20, d.Days));
    }

    [Fact]
    public async Task FollowUp_AnsweredOrClosed_RemindsNoMore()
    {
        using var db = await TempDatabase.MigratedAsync();
        var (silo, s, incident) = await ReferredAsync(db, "America/Lima");
        await using var _ = silo;
        var later = new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
        Assert.NotEmpty(await silo.FollowUps.DueAsync(later));

        await silo.Incident(incident.Id).RecordAnswerAsync(new RecordReferralAnswer(incident.Referrals.Single().Id, new LocalDate(2026, 11, 22), "Opened case 12", s.Handler));

        Assert.Empty(await silo.FollowUps.DueAsync(later));
    }

    private static async Task WriteAsync(TempDatabase db, IReadOnlyList<DueReferralFollowUp> due, DateTimeOffset now)
    {
        var requests = due.Select(d => new NotificationRequest(d.To.UserId, d.GroupId, NotificationKind.IncidentFollowUp, "Incident.FollowUp", [], null, d.DedupeKey)).ToList();
        await new NotificationWriter(db.Database).WriteAsync(requests, (r, _) => new OutgoingMail(r.Email, "s", "b"), now);
    }

    [Theory]
    [InlineData("America/Lima", 5)]
    [InlineData("Africa/Kinshasa", -1)]
    public async Task Purge_OnTheRetainUntilDayOfTheGroup_LeavesCountsButNoContentNorKey(string zone, int utcHourOfMidnight)
    {
        using var db = await TempDatabase.MigratedAsync();
        var (silo, s, incident) = await ReferredAsync(db, zone);
        await using var _ = silo;
        var grain = silo.Incident(incident.Id);
        await grain.AddMessageAsync(new AddIncidentMessage("Canary-message", s.Facilitator));
        await grain.AddEvidenceAsync(new AddIncidentEvidence(null, "Canary-file.pdf", "%PDF-Canary-file-content"u8.ToArray(), null, s.Facilitator));
        await grain.ShareAsync(new ShareIncident("Canary-summary", s.Facilitator));
        var closed = await grain.CloseAsync(new CloseIncident(IncidentClosure.Resolved, "Canary-reason", s.Facilitator));
        var wrapped = await silo.ScalarAsync<string>("SELECT wrapped FROM incident_key");
        var sealedNarrative = await silo.ScalarAsync<string>("SELECT narrative_sealed FROM incident");
        Assert.Equal(new LocalDate(2026, 12, 22), closed.RetainUntil); // closed on the 22nd, 30 days kept
        var midnight = new DateTimeOffset(2026, 12, 22, 0, 0, 0, TimeSpan.Zero).AddHours(utcHourOfMidnight);

        var early = await silo.Retention.RunAsync(midnight.AddMinutes(-1));
        var purged = await silo.Retention.RunAsync(midnight.AddMinutes(1));
        var twice = await silo.Retention.RunAsync(midnight.AddDays(1));

        Assert.Equal((0, 1, 0), (early, purged, twice));
        var state = (await grain.GetAsync())!;
        Assert.Equal((new LocalDate(2026, 12, 22), IncidentStatus.Closed, IncidentKind.AbuseByPrivateSecurity, 2, 2), (state.PurgedOn!.Value, state.Status, state.Kind, state.Affected.Women, state.Severity!.Band));
        Assert.Equal((0, 0, 0), (state.IdentityCount, state.MessageCount, state.Evidence.Count));
        foreach (var table in new[] { "incident_key", "incident_identity", "incident_evidence", "incident_message", "incident_receipt" })
        {
            Assert.Equal(0, await silo.Groups.CountAsync($"SELECT COUNT(*) FROM {table}"));
        }

        Assert.Equal(0, await silo.Groups.CountAsync("SELECT COUNT(*) FROM incident WHERE narrative_sealed IS NOT NULL OR place_sealed IS NOT NULL OR shared_summary IS NOT NULL"));
        Assert.Equal(0, await silo.Groups.CountAsync("SELECT COUNT(*) FROM incident_step WHERE reason_sealed IS NOT NULL"));
        Assert.Equal(IncidentRule.Purged, (await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => grain.OpenAsync(new OpenIncident(s.Facilitator, true)))).Code);
        Assert.Equal(1, await silo.Groups.CountAsync("SELECT COUNT(*) FROM journal_entry WHERE action = 'purged' AND actor IS NULL"));

        if (TempDatabase.Provider == "sqlite")
        {
            // Nothing of it is left in the file or its WAL: not the wrapped key, not a sealed value, not the summary in clear.
            // The WAL first: a connection closing meanwhile may checkpoint it into the file and delete it, and then the
            // file, read after, holds what the WAL did.
            var files = Directory.GetFiles(db.Folder, "roundtable.db*").OrderByDescending(f => f.EndsWith("-wal", StringComparison.Ordinal));
            var bytes = files.SelectMany(ReadIfStillThere).ToArray();
            var text = System.Text.Encoding.Latin1.GetString(bytes);
            foreach (var gone in new[] { wrapped[..40], sealedNarrative[3..43], "Canary-summary" })
            {
                Assert.DoesNotContain(gone, text, StringComparison.Ordinal);
            }
        }
    }

    private static byte[] ReadIfStillThere(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            return [];
        }
    }
}
