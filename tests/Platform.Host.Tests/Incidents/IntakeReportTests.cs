using Microsoft.Data.Sqlite;
using Platform.Grains.Incidents;

namespace Platform.Host.Tests.Incidents;

/// <summary>A report through the public form, its receipt code and what the reporter reads with it.</summary>
public sealed class IntakeReportTests
{
    [Fact]
    public async Task Report_WithCanariesAtTraceLevel_LeavesNoAddressAgentOrTextAnywhere()
    {
        var (factory, log) = IntakeHost.Start();
        using (factory)
        {
            var scene = await IntakeScene.OpenAsync(factory);
            using var reporter = factory.Browser();
            IntakeHost.Canaries(reporter.Http);
            const string Narrative = "zq-text-canary-5510 the guards beat two women at the gate";
            const string Place = "zq-place-canary-5511";
            const string Name = "zq-name-canary-5512";
            const string Message = "zq-message-canary-5513 one of them was hurt";

            var fields = IntakeScene.Report(Narrative, Place);
            fields["name"] = Name;
            fields["contact"] = "zq-contact-canary-5514";
            var code = await scene.ReportAsync(reporter, fields);
            var opened = await IntakeScene.FollowUpAsync(reporter, code);
            var added = await reporter.SendAsync(FormClient.OpenForm.Of(opened, "/report/follow-up", "follow-up"), new Dictionary<string, string> { ["information"] = Message, ["action"] = "add" });
            await factory.DeliverMailAsync();

            // A request outside the intake is logged as usual, so the capture is known to work at this level.
            using (var other = factory.Browser())
            {
                await other.GetAsync("/account/sign-in");
            }

            Assert.Contains(Message.Split(' ')[0], added.MainText, StringComparison.Ordinal);
            Assert.Contains(log.Lines, l => l.Contains("/account/sign-in", StringComparison.Ordinal));
            Assert.DoesNotContain(log.Lines, l => l.Contains("/report", StringComparison.Ordinal));
            SqliteConnection.ClearAllPools();
            foreach (var canary in new[] { IntakeHost.UserAgentCanary, "zq-ua-canary", IntakeHost.AddressCanary, "zq-text-canary", Place, Name, "zq-contact-canary", "zq-message-canary", code.Replace(" ", "", StringComparison.Ordinal) })
            {
                Assert.Empty(IntakeHost.FilesHolding(factory.Folder, canary));
                Assert.DoesNotContain(canary, log.All, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Report_ThroughPublicForm_KeepsOnlyTheDayInIncidentAndJournal()
    {
        using var factory = new PlatformFactory();
        var scene = await IntakeScene.OpenAsync(factory);
        using var reporter = factory.Browser();

        await scene.ReportAsync(reporter, IntakeScene.Report("Los vigilantes cerraron el camino"));

        var id = await scene.IncidentIdAsync(1);
        var journalTimes = (await scene.Seed.ScalarAsync<string>(
            "SELECT group_concat(occurred_at, ';') FROM journal_entry WHERE entity_kind = 'incident' AND entity_key = @id", new { id })).Split(';');
        Assert.All(journalTimes, t => Assert.EndsWith("T12:00:00.0000000Z", t, StringComparison.Ordinal));
        Assert.Equal("web_form", await scene.Seed.ScalarAsync<string>("SELECT channel FROM incident WHERE id = @id", new { id }));
        Assert.Null(await scene.Seed.ScalarAsync<string?>("SELECT occurred_at FROM incident_step WHERE incident_id = @id", new { id }));
    }

    [Fact]
    public async Task ReceiptCode_OfOneReport_OpensThatReportOnly()
    {
        using var factory = new PlatformFactory();
        var scene = await IntakeScene.OpenAsync(factory);
        using var first = factory.Browser();
        using var second = factory.Browser();
        var firstCode = await scene.ReportAsync(first, IntakeScene.Report("Primer informe"));
        var secondCode = await scene.ReportAsync(second, IntakeScene.Report("Segundo informe"));
        var secondId = Guid.Parse(await scene.IncidentIdAsync(2));
        await scene.Grains.GetGrain<IIncidentGrain>(secondId).AddMessageAsync(new AddIncidentMessage("Respuesta para el segundo informe", scene.FacilitatorId));

        var firstPage = await IntakeScene.FollowUpAsync(first, firstCode.Replace(' ', '-'));
        var secondPage = await IntakeScene.FollowUpAsync(second, secondCode);

        Assert.NotEqual(firstCode, secondCode);
        Assert.Contains("No messages yet.", firstPage.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Respuesta para el segundo informe", firstPage.MainText, StringComparison.Ordinal);
        Assert.Contains("Respuesta para el segundo informe", secondPage.MainText, StringComparison.Ordinal);
        Assert.Contains("The case handlers wrote", secondPage.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_BadInput_ShowsLocalisedErrorsKeepsWhatWasTypedAndRecordsNothing()
    {
        using var factory = new PlatformFactory();
        var scene = await IntakeScene.OpenAsync(factory);
        using var reporter = factory.Browser();
        var form = await reporter.OpenFormAsync($"/report/{scene.Group}?lang=es", "report");

        var page = await reporter.SendAsync(form, new Dictionary<string, string>
        {
            ["narrative"] = "Lo que pasó, escrito con cuidado",
            ["place"] = "Vereda El Cerro",
            ["from"] = "2026-11-20",
            ["to"] = "2026-11-02",
            ["affected-men"] = "muchos",
            ["contact"] = "300 000 0000",
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector(".receipt-code"));
        Assert.Equal("Elija el tipo de problema.", page.Document.QuerySelector("#kind-error")?.TextContent);
        Assert.NotNull(page.Document.QuerySelector("#to-error"));
        Assert.NotNull(page.Document.QuerySelector("#affected-men-error"));
        Assert.NotNull(page.Document.QuerySelector("#name-error"));
        Assert.Equal("Lo que pasó, escrito con cuidado", page.Document.QuerySelector("#narrative")?.TextContent);
        Assert.Equal("Vereda El Cerro", page.Document.QuerySelector("#place")?.GetAttribute("value"));
        Assert.Equal("muchos", page.Document.QuerySelector("#affected-men")?.GetAttribute("value"));
        Assert.Equal(0L, await scene.Seed.ScalarAsync<long>("SELECT COUNT(*) FROM incident"));
    }

    [Fact]
    public async Task FollowUp_RevealIdentity_AsksToConfirmThenGivesItOnce()
    {
        using var factory = new PlatformFactory();
        var scene = await IntakeScene.OpenAsync(factory);
        using var reporter = factory.Browser();
        var code = await scene.ReportAsync(reporter, IntakeScene.Report("Sin nombre al principio"));
        var opened = await IntakeScene.FollowUpAsync(reporter, code);

        var confirm = await reporter.SendAsync(FormClient.OpenForm.Of(opened, "/report/follow-up", "follow-up"), new Dictionary<string, string> { ["name"] = "Rosa", ["contact"] = "rosa@example.org", ["action"] = "reveal" });
        var identitiesBefore = await scene.Seed.ScalarAsync<long>("SELECT COUNT(*) FROM incident_identity");
        var done = await reporter.SendAsync(FormClient.OpenForm.Of(confirm, "/report/follow-up", "follow-up"), new Dictionary<string, string> { ["action"] = "reveal-confirm" });
        var later = await IntakeScene.FollowUpAsync(reporter, code);

        Assert.Contains("cannot be taken back", confirm.MainText, StringComparison.Ordinal);
        Assert.Equal(0L, identitiesBefore);
        Assert.Contains("were given to the people who handle your report", done.MainText, StringComparison.Ordinal);
        Assert.Equal(1L, await scene.Seed.ScalarAsync<long>("SELECT COUNT(*) FROM incident_identity WHERE revealed_by_reporter = TRUE"));
        Assert.Contains("You have given your name", later.MainText, StringComparison.Ordinal);
        Assert.Null(later.Document.QuerySelector("main button[value=reveal]"));
    }

    [Fact]
    public async Task ReportPage_GroupWithIntakeClosed_NotFound()
    {
        using var factory = new PlatformFactory();
        var scene = await IntakeScene.OpenAsync(factory);
        using var reporter = factory.Browser();

        var listed = await reporter.GetAsync("/report");
        var closed = await reporter.GetAsync($"/report/{scene.Seed.GroupB}");

        Assert.NotNull(listed.Document.QuerySelector($"main a[href='/report/{scene.Group}']"));
        Assert.Null(listed.Document.QuerySelector($"main a[href='/report/{scene.Seed.GroupB}']"));
        Assert.Equal(HttpStatusCode.NotFound, closed.Status);
    }
}
