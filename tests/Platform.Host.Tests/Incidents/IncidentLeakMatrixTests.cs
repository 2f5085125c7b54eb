using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Grains.Calendar;
using Platform.Grains.Incidents;
using Platform.Web.Notifications;
using Platform.Messages.Notifications;

namespace Platform.Host.Tests.Incidents;

/// <summary>
/// Every path that can carry an incident's content, as every persona: the incident's canaries (narrative, place,
/// reporter, identity, evidence, case note, shared summary) and its id appear exactly where the issue's rules allow and
/// nowhere else: pages, fragments, CSV, calendar feeds, mail (record, notifications, digest), hub frames and catch-up.
/// </summary>
public sealed partial class IncidentLeakMatrixTests : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory factory = new() { DistinctClientAddresses = true };
    private readonly Dictionary<string, FormClient> browsers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);
    private readonly LeakScene scene;

    public IncidentLeakMatrixTests() => scene = new LeakScene(factory);

    /// <summary>Every page, fragment and file of group A (and the personal ones) other than the incident pages themselves.</summary>
    private IEnumerable<string> OtherSurfaces()
    {
        var g = $"/groups/{scene.Seed.GroupA}";
        var m = $"{g}/meetings/{scene.Seed.MeetingA}";
        return
        [
            "/", g, $"{g}/fragments/activity", $"{g}/fragments/actions", $"{g}/fragments/meetings", $"{g}/members", $"{g}/edit",
            $"{g}/meetings", m, $"{m}/edit", $"{m}/record", $"{m}/run", $"{m}/ics", $"{m}/record/correct",
            $"{g}/actions", $"{g}/actions.csv", $"{g}/actions/{scene.Seed.ActionA}", $"{g}/actions/{scene.Seed.ActionA}/edit",
            $"{g}/commitments", $"{g}/commitments/{scene.Seed.CommitmentA}", $"{g}/commitments/{scene.Seed.CommitmentA}/edit",
            $"{g}/summary", $"{g}/summary.csv", $"{g}/summary/print", $"{g}/incidents/new", $"{g}/incidents/settings",
            "/portfolio", "/portfolio.csv", "/portfolio/print", "/actions", "/commitments", "/notifications", "/notifications/count",
            "/report", "/report/follow-up", $"/report/{scene.Seed.GroupA}", "/not-found", "/error", "/account/profile",
            $"{g}/incidents/{Guid.NewGuid()}", $"/groups/{scene.Seed.GroupB}/incidents/{scene.Shared}",
        ];
    }

    public async Task InitializeAsync()
    {
        await scene.BuildAsync();
        foreach (var persona in LeakScene.Expected.Keys)
        {
            var browser = factory.Browser();
            var signedIn = await browser.SignInAsync($"{persona}@example.org", PlatformFactory.Password);
            Assert.Equal(HttpStatusCode.Found, signedIn.Status);
            cookies[persona] = Assert.Single(signedIn.SetCookies, c => c.StartsWith("rt=", StringComparison.Ordinal)).Split(';')[0];
            browsers[persona] = browser;
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        foreach (var browser in browsers.Values)
        {
            browser.Dispose();
        }

        factory.Dispose();
    }

    [Theory]
    [MemberData(nameof(LeakScene.Personas), MemberType = typeof(LeakScene))]
    public async Task IncidentPages_AsPersona_ShowEachCanaryOnlyAtItsSight(string persona)
    {
        var (sharedSight, unsharedSight) = LeakScene.Expected[persona];

        foreach (var (id, sight, shared) in new[] { (scene.Shared, sharedSight, true), (scene.Unshared, unsharedSight, false) })
        {
            var page = await browsers[persona].GetAsync($"/groups/{scene.Seed.GroupA}/incidents/{id}");
            var html = page.Document.DocumentElement.OuterHtml;
            var where = $"{persona} on incident {(shared ? "shared" : "unshared")} (status {page.Status})";

            Assert.True((page.Status == HttpStatusCode.OK) == sight >= IncidentSight.SharedSummary, where);
            foreach (var field in new[] { "narrative", "place", "evidence", "message" })
            {
                Assert.True(html.Contains(LeakScene.Canary(field, shared), StringComparison.Ordinal) == (sight == IncidentSight.Details), $"{field}: {where}");
            }

            // The shared incident was recorded by a member: naming who received it names the reporter.
            Assert.True(html.Contains(LeakScene.ReporterName, StringComparison.Ordinal) == (shared && sight == IncidentSight.Details), $"reporter: {where}");
            Assert.True(html.Contains(LeakScene.Canary("summary", true), StringComparison.Ordinal) == (shared && sight >= IncidentSight.SharedSummary), $"summary: {where}");
            Assert.DoesNotContain(LeakScene.Canary("identity", shared), html, StringComparison.Ordinal);

            // Only those who read the narrative write the summary that stands in for it.
            Assert.True((page.Document.QuerySelector("input[name=_handler][value=share]") is not null) == (sight == IncidentSight.Details), $"share form: {where}");

            // The chain back to the meeting, the action item and the commitment shows wherever the incident does.
            var chain = page.Document.QuerySelector(".incident-chain")?.InnerHtml ?? "";
            Assert.True(chain.Contains($"/actions/{scene.Seed.ActionA}", StringComparison.Ordinal) == (shared && sight >= IncidentSight.SharedSummary), $"chain: {where}");
            Assert.True(chain.Contains($"/commitments/{scene.Seed.CommitmentA}", StringComparison.Ordinal) == (shared && sight >= IncidentSight.SharedSummary), $"chain: {where}");
        }
    }

    [Theory]
    [MemberData(nameof(LeakScene.Personas), MemberType = typeof(LeakScene))]
    public async Task Register_AsPersona_ListsTheIncidentsTheySeeWithTheSummaryOnly(string persona)
    {
        var (sharedSight, unsharedSight) = LeakScene.Expected[persona];

        var page = await browsers[persona].GetAsync($"/groups/{scene.Seed.GroupA}/incidents");
        var html = page.Document.DocumentElement.OuterHtml;

        Assert.Equal(sharedSight >= IncidentSight.SharedSummary, html.Contains(scene.Shared.ToString(), StringComparison.Ordinal));
        Assert.Equal(unsharedSight >= IncidentSight.SharedSummary, html.Contains(scene.Unshared.ToString(), StringComparison.Ordinal));
        // Handlers' register lists days and severity instead; members read the summary there.
        Assert.Equal(sharedSight == IncidentSight.SharedSummary, html.Contains(LeakScene.Canary("summary", true), StringComparison.Ordinal));
        AssertNoContent(html, $"{persona} on the register", summaryAllowed: true);
    }

    [Theory]
    [MemberData(nameof(LeakScene.Personas), MemberType = typeof(LeakScene))]
    public async Task EveryOtherSurface_AsPersona_CarriesNoContentAndNoUnseenIncident(string persona)
    {
        var (sharedSight, unsharedSight) = LeakScene.Expected[persona];
        var feed = await factory.Services.GetRequiredService<CalendarSubscriptionStore>().CreateAsync(scene.Users[persona]);

        foreach (var url in OtherSurfaces().Append($"/calendar.ics?token={feed.Value}"))
        {
            using var response = await browsers[persona].Http.GetAsync(new Uri(url, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            var where = $"{persona} on {url} ({(int)response.StatusCode})";

            Assert.True((int)response.StatusCode < 500, where);
            AssertNoContent(body, where, summaryAllowed: false);
            AssertUnseenAbsent(body, where, sharedSight, unsharedSight);
            // The activity feed names each entry's kind: an incident's entries would tell that it moved, and when.
            Assert.False(body.Contains("(incident)", StringComparison.Ordinal), $"incident activity: {where}");
            // Nor who was made a case handler (the scene appointed three): the settings are no group activity either.
            Assert.False(body.Contains("(incident settings)", StringComparison.Ordinal), $"incident settings activity: {where}");
            if (!LeakScene.SeesRestrictedRecord(persona))
            {
                Assert.DoesNotContain(LeakScene.RecordNote, body, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Mail_RecordNotificationsAndDigests_CarryNoIncidentContent()
    {
        var digests = factory.Services.GetRequiredService<DigestScan>();
        for (var hour = 1; hour <= 24 * 7; hour++)
        {
            await digests.RunAsync(factory.Time.GetUtcNow().AddHours(hour));
        }

        var mail = await factory.DeliveredMailAsync();

        Assert.True(await scene.Seed.ScalarAsync<long>("SELECT COUNT(*) FROM notification WHERE kind = 'digest'") > 0, "no digest was sent");
        Assert.Contains(mail, m => m.Contains($"/meetings/{scene.Seed.MeetingA}/record", StringComparison.Ordinal));
        foreach (var message in mail)
        {
            AssertNoContent(message, "mail", summaryAllowed: false);
            Assert.DoesNotContain(scene.Shared.ToString(), message, StringComparison.Ordinal);
            Assert.DoesNotContain(scene.Unshared.ToString(), message, StringComparison.Ordinal);
        }

        // The record went to its participants, the observer among them: the note on the incident's item stayed out.
        Assert.DoesNotContain(mail, m => m.Contains(LeakScene.RecordNote, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AgendaEditor_AsAdministrator_OffersNoIncidentAndKeepsTheLinkOnSave()
    {
        var meeting = Guid.NewGuid();
        var item = Guid.NewGuid();
        await scene.Seed.ExecuteAsync("""
            INSERT INTO meeting (id, working_group_id, title, starts_local, ends_local, time_zone, starts_utc, ends_utc, version, created_at)
            VALUES (@meeting, @group, 'Reunión de enero', '2030-01-15T09:00', '2030-01-15T11:00', 'America/Bogota',
                    '2030-01-15T14:00:00.0000000Z', '2030-01-15T16:00:00.0000000Z', 1, '2026-11-01T00:00:00.0000000Z');
            INSERT INTO agenda_item (id, meeting_id, position, title, incident_id, created_at)
            VALUES (@item, @meeting, 1, 'Seguimiento del caso', @incident, '2026-11-01T00:00:00.0000000Z');
            """, new { meeting = meeting.ToString(), item = item.ToString(), group = scene.Seed.GroupA.ToString(), incident = scene.Shared.ToString() });
        var url = $"/groups/{scene.Seed.GroupA}/meetings/{meeting}/edit";
        var facilitator = await browsers["facilitator"].GetAsync(url);
        var form = await browsers["admin"].OpenFormAsync(url, "agenda");

        var saved = await browsers["admin"].SendAsync(form, new Dictionary<string, string> { ["Agenda.Lines[0].Title"] = "Seguimiento del caso (revisado)" });

        Assert.NotNull(facilitator.Document.QuerySelector($"option[value='{scene.Shared}']"));
        Assert.DoesNotContain(form.Values.Values, v => v.Contains(scene.Shared.ToString(), StringComparison.Ordinal));
        Assert.True(saved.Status is HttpStatusCode.OK or HttpStatusCode.Found, $"save: {saved.Status}");
        Assert.Equal("Seguimiento del caso (revisado)", await scene.Seed.ScalarAsync<string>("SELECT title FROM agenda_item WHERE id = @item", new { item = item.ToString() }));
        Assert.Equal(scene.Shared.ToString(), await scene.Seed.ScalarAsync<string>("SELECT incident_id FROM agenda_item WHERE id = @item", new { item = item.ToString() }));
    }

    [Fact]
    public async Task PublicReportNotice_NextDay_ReachesOnlyCaseHandlersAndCarriesNoContent()
    {
        const string Narrative = "PUBLIC-NARRATIVE-CANARY-p4z";
        var settings = scene.Grains.GetGrain<IIncidentSettingsGrain>(scene.Seed.GroupA);
        await settings.ChangeAsync(new ChangeIncidentSettings(true, 730, 30, scene.Users["facilitator"], (await settings.GetAsync()).Version));
        using var reporter = factory.Browser();
        var form = await reporter.OpenFormAsync($"/report/{scene.Seed.GroupA}", "report");
        Assert.Equal(HttpStatusCode.OK, (await reporter.SendAsync(form, IntakeScene.Report(Narrative))).Status);
        var reported = Guid.Parse(await scene.Seed.ScalarAsync<string>("SELECT id FROM incident WHERE channel = 'web_form'"));
        var scanner = factory.Services.GetRequiredService<Platform.Messages.Reminders.PublicReportScanner>();

        for (var day = 1; day <= 2; day++)
        {
            await scanner.RunAsync(factory.Time.GetUtcNow().AddDays(day));
        }

        var mail = await factory.DeliveredMailAsync();
        foreach (var persona in LeakScene.Expected.Keys)
        {
            var told = await scene.Seed.ScalarAsync<long>(
                "SELECT COUNT(*) FROM notification WHERE user_id = @user AND kind = 'incident_received'", new { user = scene.Users[persona] });
            var page = await browsers[persona].GetAsync("/notifications");
            var handles = persona is "facilitator" or "handler" or "police-handler" or "alleged-handler";

            Assert.True(told == (handles ? 1 : 0), $"{persona} told {told} times");
            Assert.Equal(handles, page.Document.DocumentElement.OuterHtml.Contains(reported.ToString(), StringComparison.Ordinal));
            Assert.Equal(handles, mail.Any(m => m.Contains($"X-Receiver: {persona}@example.org", StringComparison.Ordinal) && m.Contains(reported.ToString(), StringComparison.Ordinal)));
        }

        Assert.DoesNotContain(mail, m => m.Contains(Narrative, StringComparison.Ordinal));
        Assert.DoesNotContain(Narrative, await scene.Seed.ScalarAsync<string>("SELECT group_concat(arguments) FROM notification") ?? "", StringComparison.Ordinal);
    }

    /// <summary>No sealed canary of either incident; the shared summary only where <paramref name="summaryAllowed"/>.</summary>
    private static void AssertNoContent(string body, string where, bool summaryAllowed)
    {
        foreach (var shared in new[] { true, false })
        {
            foreach (var field in LeakScene.Fields.Where(f => f != "summary" || !summaryAllowed))
            {
                Assert.False(body.Contains(LeakScene.Canary(field, shared), StringComparison.Ordinal), $"{field} ({(shared ? "shared" : "unshared")}) leaks: {where}");
            }
        }
    }

    /// <summary>An incident the persona does not see is not even named (its id, in a link or a frame).</summary>
    private void AssertUnseenAbsent(string body, string where, IncidentSight sharedSight, IncidentSight unsharedSight)
    {
        if (sharedSight < IncidentSight.SharedSummary)
        {
            Assert.False(body.Contains(scene.Shared.ToString(), StringComparison.Ordinal), $"shared incident named: {where}");
        }

        if (unsharedSight < IncidentSight.SharedSummary)
        {
            Assert.False(body.Contains(scene.Unshared.ToString(), StringComparison.Ordinal), $"unshared incident named: {where}");
        }
    }
}
