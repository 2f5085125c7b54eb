using Platform.Grains.Incidents;
using Platform.Messages.Notifications;

namespace Platform.Host.Tests.Incidents;

/// <summary>
/// The paths of <see cref="IncidentLeakMatrixTests"/> that change the scene to watch what it sends (mail, notices, hub
/// frames, a saved agenda): each test on a scene of its own.
/// </summary>
public sealed partial class IncidentLeakChangeTests : IAsyncLifetime, IDisposable
{
    private readonly LeakHost host = new();
    private readonly PlatformFactory factory;
    private readonly Dictionary<string, FormClient> browsers;
    private readonly Dictionary<string, string> cookies;
    private readonly LeakScene scene;

    public IncidentLeakChangeTests() => (factory, browsers, cookies, scene) = (host.Factory, host.Browsers, host.Cookies, host.Scene);

    public Task InitializeAsync() => host.InitializeAsync();

    public Task DisposeAsync() => host.DisposeAsync();

    public void Dispose() => host.Dispose();

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
            LeakHost.AssertNoContent(message, "mail", summaryAllowed: false);
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
}
