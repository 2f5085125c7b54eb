using Platform.Grains;
using Platform.Grains.Incidents;

namespace Platform.Grains.Tests.Incidents;

public sealed class IncidentGrainTests
{
    [Fact]
    public async Task Workflow_ReceivedToClosedAndReopened_RecordsWhoAndWhenAtEachStep()
    {
        await using var silo = await IncidentSilo.StartAsync();
        var s = await silo.SeatsAsync();
        var grain = silo.Incident(Guid.NewGuid());

        var reported = await grain.ReportAsync(IncidentSilo.ByMember(s));
        silo.Time.Advance(TimeSpan.FromHours(30));
        await grain.AssessAsync(new AssessIncident(new IncidentSeverity(3, 2, 3), s.Handler));
        await grain.ReferAsync(new ReferIncident(s.Authority, new LocalDate(2026, 11, 23), "RAD-2026-114", s.Handler));
        await grain.StartRemediationAsync(new StartRemediation(s.Facilitator));
        var closed = await grain.CloseAsync(new CloseIncident(IncidentClosure.Resolved, "Compensation paid and guard dismissed", s.Facilitator));
        var reopened = await grain.ReopenAsync(new ReopenIncident("New testimony", s.Facilitator));

        Assert.Equal(1, reported.Number);
        Assert.Equal(
            [
                (IncidentStepStatus.Received, s.Member, new LocalDate(2026, 11, 22)),
                (IncidentStepStatus.Assessed, s.Handler, new LocalDate(2026, 11, 23)),
                (IncidentStepStatus.Referred, s.Handler, new LocalDate(2026, 11, 23)),
                (IncidentStepStatus.InRemediation, s.Facilitator, new LocalDate(2026, 11, 23)),
                (IncidentStepStatus.Closed, s.Facilitator, new LocalDate(2026, 11, 23)),
                (IncidentStepStatus.Reopened, s.Facilitator, new LocalDate(2026, 11, 23)),
            ],
            reopened.Steps.Select(x => (x.Status, x.ActorId!, x.On)));
        Assert.All(reopened.Steps.Skip(1), x => Assert.Equal(silo.Time.GetUtcNow(), x.At));
        Assert.Equal((IncidentStatus.Closed, IncidentClosure.Resolved, new LocalDate(2026, 12, 23)), (closed.Status, closed.Closure!.Value, closed.RetainUntil!.Value));
        Assert.Equal((IncidentStatus.Assessed, null, null), (reopened.Status, reopened.Closure, reopened.RetainUntil));
        Assert.Equal(new LocalDate(2026, 11, 23), reopened.ReferredOn);
        Assert.Equal(6L, reopened.Version);
        Assert.Equal(reopened, await silo.Incident(reopened.Id).GetAsync());
        var events = await silo.PublishedAsync();
        Assert.Equal(6, events.Count(e => e is IncidentReported or IncidentChanged));
    }

    [Fact]
    public async Task Numbers_AreGivenPerGroupInOrder()
    {
        await using var silo = await IncidentSilo.StartAsync();
        var s = await silo.SeatsAsync();
        var (other, _, _) = await silo.GroupAsync("Africa/Kinshasa", "Kolwezi");
        await silo.Settings(other).GetAsync();

        var first = await silo.ReportAsync(IncidentSilo.ByMember(s));
        var second = await silo.ReportAsync(IncidentSilo.ByWebForm(s.Group));
        var elsewhere = await silo.ReportAsync(IncidentSilo.ByMember(s) with { GroupId = other, Channel = IncidentChannel.Hotline, ActorId = (await silo.Groups.Group(other).GetAsync())!.Members.Single().UserId, Alleged = [] });

        Assert.Equal((1, 2, 1), (first.Number, second.Number, elsewhere.Number));
    }

    [Fact]
    public async Task WebFormReport_HasNoActorKeepsOnlyTheDayAndTheJournalStillVerifies()
    {
        await using var silo = await IncidentSilo.StartAsync();
        var s = await silo.SeatsAsync("America/Lima");
        silo.Time.Advance(TimeSpan.FromHours(14) + TimeSpan.FromMinutes(17)); // 02:17 UTC on the 23rd: still the 22nd in Lima

        var reported = await silo.ReportAsync(IncidentSilo.ByWebForm(s.Group));

        var step = Assert.Single(reported.Steps);
        Assert.Equal((null, new LocalDate(2026, 11, 22), null), (step.ActorId, step.On, step.At));
        Assert.Equal((null, IncidentChannel.WebForm, true), (reported.EnteredBy, reported.Channel, reported.HasReceipt));
        Assert.Equal("2026-11-22T12:00:00.0000000Z", await silo.ScalarAsync<string>("SELECT occurred_at FROM journal_entry WHERE entity_kind = 'incident' AND action = 'reported'"));
        Assert.Equal(0, await silo.Groups.CountAsync("SELECT COUNT(*) FROM incident_step WHERE occurred_at IS NOT NULL"));
        Assert.True((await new JournalVerifier(silo.Database).VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task WebFormReport_WhenTheGroupsIntakeIsClosed_IsRefused()
    {
        await using var silo = await IncidentSilo.StartAsync();
        var s = await silo.SeatsAsync();
        await silo.Settings(s.Group).ChangeAsync(new ChangeIncidentSettings(false, 30, 10, s.Facilitator));

        var refused = await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => silo.ReportAsync(IncidentSilo.ByWebForm(s.Group)));

        Assert.Equal(IncidentRule.IntakeClosed, refused.Code);
        Assert.Equal(0, await silo.Groups.CountAsync("SELECT COUNT(*) FROM incident"));
    }

    [Fact]
    public async Task Transitions_OutOfOrder_AreRefusedAndChangeNothing()
    {
        await using var silo = await IncidentSilo.StartAsync();
        var s = await silo.SeatsAsync();
        var grain = silo.Incident(Guid.NewGuid());
        var received = await grain.ReportAsync(IncidentSilo.ByMember(s));

        var referBeforeAssessing = await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => grain.ReferAsync(new ReferIncident(s.Authority, new LocalDate(2026, 11, 22), null, s.Handler)));
        var remedyBeforeAssessing = await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => grain.StartRemediationAsync(new StartRemediation(s.Handler)));
        var reopenOpen = await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => grain.ReopenAsync(new ReopenIncident("why", s.Handler)));
        var noReason = await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => grain.CloseAsync(new CloseIncident(IncidentClosure.Withdrawn, "  ", s.Handler)));
        var byMember = await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => grain.AssessAsync(new AssessIncident(new IncidentSeverity(1, 1, 1), s.Member)));
        var badSeverity = await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => grain.AssessAsync(new AssessIncident(new IncidentSeverity(4, 1, 1), s.Handler)));

        Assert.Equal(
            [IncidentRule.Transition, IncidentRule.Transition, IncidentRule.Transition, IncidentRule.ReasonRequired, IncidentRule.NotAllowed, IncidentRule.Severity],
            new[] { referBeforeAssessing, remedyBeforeAssessing, reopenOpen, noReason, byMember, badSeverity }.Select(e => e.Code));
        Assert.Equal(received, await grain.GetAsync());

        // Any open status may close with a reason (here straight from received); a closed case closes no further.
        var closed = await grain.CloseAsync(new CloseIncident(IncidentClosure.NotSubstantiated, "No one could be reached", s.Handler));
        var again = await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => grain.CloseAsync(new CloseIncident(IncidentClosure.Resolved, "again", s.Handler)));
        var assessClosed = await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => grain.AssessAsync(new AssessIncident(new IncidentSeverity(1, 1, 1), s.Handler)));
        Assert.Equal((IncidentStatus.Closed, IncidentRule.Transition, IncidentRule.Transition), (closed.Status, again.Code, assessClosed.Code));
    }

    [Fact]
    public async Task AssessedCase_MaySkipReferralIntoRemediation()
    {
        await using var silo = await IncidentSilo.StartAsync();
        var s = await silo.SeatsAsync();
        var grain = await silo.ReportedByMemberAsync(s);
        await grain.AssessAsync(new AssessIncident(new IncidentSeverity(1, 1, 2), s.Facilitator));

        var remedied = await grain.StartRemediationAsync(new StartRemediation(s.Facilitator));

        Assert.Equal(IncidentStatus.InRemediation, remedied.Status);
        Assert.Null(remedied.ReferredOn);
    }

    [Fact]
    public async Task SealedColumns_NeverHoldThePlaintext()
    {
        await using var silo = await IncidentSilo.StartAsync();
        var s = await silo.SeatsAsync();
        var grain = await silo.ReportedByMemberAsync(s);
        await grain.AddMessageAsync(new AddIncidentMessage("Canary-message-we will call you", s.Facilitator));
        await grain.AddEvidenceAsync(new AddIncidentEvidence("https://example.org/canary-link", null, null, "Canary-note", s.Facilitator));
        await grain.CloseAsync(new CloseIncident(IncidentClosure.Resolved, "Canary-reason", s.Facilitator));

        await using var connection = await silo.Database.OpenAsync();
        var raw = string.Join("\n", await connection.QueryAsync<string>("""
            SELECT narrative_sealed FROM incident UNION ALL SELECT place_sealed FROM incident
            UNION ALL SELECT identity_sealed FROM incident_identity UNION ALL SELECT body_sealed FROM incident_message
            UNION ALL SELECT link_sealed FROM incident_evidence UNION ALL SELECT note_sealed FROM incident_evidence
            UNION ALL SELECT reason_sealed FROM incident_step WHERE reason_sealed IS NOT NULL
            """));
        Assert.Equal(7, raw.Split('\n').Count(v => v.StartsWith("v1:", StringComparison.Ordinal)));
        foreach (var canary in new[] { "Canary", "Quebrada", "María", "300 000", "canary-link", "river" })
        {
            Assert.DoesNotContain(canary, raw, StringComparison.OrdinalIgnoreCase);
        }

        var journal = string.Join("\n", await connection.QueryAsync<string>("SELECT summary || ' ' || action FROM journal_entry"));
        Assert.DoesNotContain("Canary", journal, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Incident 1 closed", journal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SealedValue_CopiedIntoAnotherIncident_DoesNotOpen()
    {
        await using var silo = await IncidentSilo.StartAsync();
        var s = await silo.SeatsAsync();
        var a = await silo.ReportAsync(IncidentSilo.ByMember(s));
        var b = await silo.ReportAsync(IncidentSilo.ByMember(s) with { Narrative = "Another story" });
        var vault = Hosting.TestIncidentKeys.Vault(silo.Database);
        var sealedA = await silo.ScalarAsync<string>("SELECT narrative_sealed FROM incident WHERE id = @id", new { id = a.Id.ToString("D") });
        var keyA = vault.Unwrap(await silo.ScalarAsync<string>("SELECT wrapped FROM incident_key WHERE incident_id = @id", new { id = a.Id.ToString("D") }));
        var keyB = vault.Unwrap(await silo.ScalarAsync<string>("SELECT wrapped FROM incident_key WHERE incident_id = @id", new { id = b.Id.ToString("D") }));

        Assert.Equal(IncidentSilo.Narrative, IncidentVault.Open(keyA, a.Id, "narrative", sealedA));
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => IncidentVault.Open(keyB, b.Id, "narrative", sealedA));
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => IncidentVault.Open(keyA, b.Id, "narrative", sealedA));
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => IncidentVault.Open(keyA, a.Id, "place", sealedA));

        // Through the grain: b's row now carries a's sealed narrative, and opening b fails rather than showing a's story.
        await silo.ExecuteAsync("UPDATE incident SET narrative_sealed = @sealedA WHERE id = @id", new { sealedA, id = b.Id.ToString("D") });
        await Assert.ThrowsAnyAsync<Exception>(() => silo.Incident(b.Id).OpenAsync(new OpenIncident(s.Facilitator, false)));
    }

    [Fact]
    public async Task Open_WithIdentities_JournalsEachOpeningAndRefusesThoseWhoSeeTheCaseWithoutPeople()
    {
        await using var silo = await IncidentSilo.StartAsync();
        var s = await silo.SeatsAsync();
        var grain = await silo.ReportedByMemberAsync(s);
        await grain.AddIdentityAsync(new AddIdentity(IdentityRole.Affected, new NewIdentity("Canary-affected", null), s.Handler));

        var withoutPeople = await grain.OpenAsync(new OpenIncident(s.Handler, false));
        var first = await grain.OpenAsync(new OpenIncident(s.Handler, true));
        var second = await grain.OpenAsync(new OpenIncident(s.Facilitator, true));
        var refused = new List<IncidentRule>();
        foreach (var viewer in new[] { s.Police, s.CompanyHandler, s.Member, s.Observer, s.Donor, s.Admin, s.Outsider })
        {
            refused.Add((await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => grain.OpenAsync(new OpenIncident(viewer, false)))).Code);
        }

        Assert.Null(withoutPeople.Identities);
        Assert.Equal((IncidentSilo.Narrative, IncidentSilo.PlaceName, 7.08m), (first.Narrative, first.Place!.Name, first.Place.Latitude!.Value));
        Assert.Equal(
            [(IdentityRole.Reporter, IncidentSilo.ReporterName, "+57 300 000 0000"), (IdentityRole.Affected, "Canary-affected", null)],
            first.Identities!.Select(i => (i.Role, i.Name, i.Contact)));
        Assert.Equal(first.Identities, second.Identities);
        Assert.All(refused, code => Assert.Equal(IncidentRule.NotAllowed, code));
        Assert.Equal(
            [s.Handler, s.Facilitator],
            (await ActorsAsync(silo, "identities_opened")));
    }

    private static async Task<IReadOnlyList<string>> ActorsAsync(IncidentSilo silo, string action)
    {
        await using var connection = await silo.Groups.Database.OpenAsync();
        return [.. await connection.QueryAsync<string>("SELECT actor FROM journal_entry WHERE action = @action ORDER BY seq", new { action })];
    }

    [Fact]
    public async Task Reporter_ThroughTheReceipt_ReadsAnswersWritesAndRevealsIdentityOnce()
    {
        await using var silo = await IncidentSilo.StartAsync();
        var s = await silo.SeatsAsync("Africa/Kinshasa");
        var grain = silo.Incident(Guid.NewGuid());
        await grain.ReportAsync(IncidentSilo.ByWebForm(s.Group));
        await grain.AddMessageAsync(new AddIncidentMessage("Can you tell us the day?", s.Facilitator));
        silo.Time.Advance(TimeSpan.FromHours(11) + TimeSpan.FromMinutes(30)); // 23:30 UTC: already the 23rd in Kinshasa
        await grain.AddMessageAsync(new AddIncidentMessage("It was on Friday", null));
        await grain.RevealIdentityAsync(new RevealIdentity(new NewIdentity("Canary-reporter", null)));

        var view = await grain.ReporterViewAsync();

        Assert.Equal(
            [(false, "Can you tell us the day?", new LocalDate(2026, 11, 22)), (true, "It was on Friday", new LocalDate(2026, 11, 23))],
            view.Messages.Select(m => (m.FromReporter, m.Body, m.WrittenOn)));
        Assert.True(view.IdentityRevealed);
        Assert.Equal(
            ["2026-11-23T12:00:00.0000000Z", "2026-11-23T12:00:00.0000000Z"],
            await JournalTimesAsync(silo, "reporter_message", "identity_revealed"));
        var member = await silo.ReportAsync(IncidentSilo.ByMember(s));
        Assert.Equal(IncidentRule.NoReceipt, (await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => silo.Incident(member.Id).AddMessageAsync(new AddIncidentMessage("hi", null)))).Code);
    }

    private static async Task<IReadOnlyList<string>> JournalTimesAsync(IncidentSilo silo, params string[] actions)
    {
        await using var connection = await silo.Groups.Database.OpenAsync();
        var list = new List<string>();
        foreach (var action in actions)
        {
            list.AddRange(await connection.QueryAsync<string>("SELECT occurred_at FROM journal_entry WHERE action = @action", new { action }));
        }

        return list;
    }

    [Fact]
    public async Task Evidence_FileOverTwoMegabytesOrBothLinkAndFile_IsRefused()
    {
        await using var silo = await IncidentSilo.StartAsync();
        var s = await silo.SeatsAsync();
        var grain = await silo.ReportedByMemberAsync(s);

        byte[] photo = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3];
        var large = await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => grain.AddEvidenceAsync(new AddIncidentEvidence(null, "photo.jpg", [.. photo, .. new byte[IncidentRules.FileMaxBytes]], null, s.Facilitator)));
        var both = await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => grain.AddEvidenceAsync(new AddIncidentEvidence("https://example.org", "photo.jpg", photo, null, s.Facilitator)));
        var byPolice = await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => grain.AddEvidenceAsync(new AddIncidentEvidence("https://example.org", null, null, null, s.Police)));
        // A program named like a photo: the kind comes from the bytes, whoever sends it.
        var program = await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => grain.AddEvidenceAsync(new AddIncidentEvidence(null, "photo.jpg", "MZ this program cannot be run"u8.ToArray(), null, s.Facilitator)));
        var added = await grain.AddEvidenceAsync(new AddIncidentEvidence(null, "photo.jpg", photo, "taken by a neighbour", s.Facilitator));
        var judged = await grain.JudgeEvidenceAsync(new JudgeEvidence(added.Evidence.Single().Id, EvidenceCredibility.High, s.Handler));
        var opened = await grain.OpenAsync(new OpenIncident(s.Facilitator, false));

        Assert.Equal((IncidentRule.FileTooLarge, IncidentRule.EvidenceEither, IncidentRule.NotAllowed, IncidentRule.FileTypeNotAccepted), (large.Code, both.Code, byPolice.Code, program.Code));
        Assert.Equal((true, "image/jpeg", EvidenceCredibility.High), (judged.Evidence.Single().IsFile, judged.Evidence.Single().FileType, judged.Evidence.Single().Credibility));
        var detail = Assert.Single(opened.Evidence);
        Assert.Equal(("photo.jpg", "taken by a neighbour"), (detail.FileName!, detail.Note!));
        Assert.Equal(photo, (await grain.OpenEvidenceFileAsync(new OpenEvidenceFile(detail.Summary.Id, s.Facilitator))).Content);
    }

    [Fact]
    public async Task ActivityFeedAndDigest_OfTheGroup_CarryNoIncidentNorIncidentSettingsEntries()
    {
        await using var silo = await IncidentSilo.StartAsync();
        var s = await silo.SeatsAsync();
        var since = silo.Time.GetUtcNow();
        silo.Time.Advance(TimeSpan.FromMinutes(1));
        await silo.ReportAsync(IncidentSilo.ByMember(s));
        await silo.ReportAsync(IncidentSilo.ByWebForm(s.Group));
        await silo.Settings(s.Group).DismissHandlerAsync(new DismissHandler(s.Police, s.Facilitator));
        await silo.Settings(s.Group).AppointHandlerAsync(new AppointHandler(s.Member, s.Facilitator));

        var activity = await new Platform.Grains.WorkingGroups.WorkingGroupQueries(silo.Database).ActivityAsync(s.Group, 100);
        var digest = await new Platform.Grains.Notifications.DigestQueries(silo.Database).ContentAsync(s.Member, since.AddDays(-1), silo.Time.GetUtcNow().AddDays(1));

        Assert.Equal(2, await silo.Groups.CountAsync("SELECT COUNT(*) FROM journal_entry WHERE entity_kind = 'incident'"));
        Assert.True(await silo.Groups.CountAsync("SELECT COUNT(*) FROM journal_entry WHERE entity_kind = 'incident_settings'") >= 2);
        // Who handles cases, whether the group takes public reports: not for every follower (observers, police members).
        Assert.DoesNotContain(activity, a => a.EntityKind is "incident" or "incident_settings");
        Assert.DoesNotContain(digest.Changes, c => c.EntityKind is "incident" or "incident_settings");
        Assert.Contains(activity, a => a.EntityKind == "membership");
        Assert.Contains(digest.Changes, c => c.EntityKind == "membership");
    }
}
