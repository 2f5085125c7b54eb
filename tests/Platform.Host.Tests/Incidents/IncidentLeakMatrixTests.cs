using Platform.Grains.Calendar;
using Platform.Grains.Incidents;
using Platform.Web.Notifications;

namespace Platform.Host.Tests.Incidents;

/// <summary>
/// Every path that can carry an incident's content, as every persona: the incident's canaries (narrative, place,
/// reporter, identity, evidence, case note, shared summary) and its id appear exactly where the issue's rules allow and
/// nowhere else: pages, fragments, CSV, calendar feeds, mail (record, notifications, digest), hub frames and catch-up.
/// </summary>
public sealed partial class IncidentLeakMatrixTests(LeakHost host) : IClassFixture<LeakHost>
{
    private readonly PlatformFactory factory = host.Factory;
    private readonly Dictionary<string, FormClient> browsers = host.Browsers;
    private readonly LeakScene scene = host.Scene;

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

    private static void AssertNoContent(string body, string where, bool summaryAllowed) => LeakHost.AssertNoContent(body, where, summaryAllowed);

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
