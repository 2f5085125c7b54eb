using System.Globalization;
using Platform.Grains.Incidents;

namespace Platform.Host.Tests.Incidents;

/// <summary>
/// The incident pages' forms, each on incidents of its own (<see cref="IncidentPagesHost"/>): identities show only on the
/// response to the "show identities" POST; evidence, people, commitments naming an incident; refusals keep what was typed.
/// </summary>
public sealed class IncidentPagesTests : IAsyncLifetime, IDisposable
{
    private const string Identity = IncidentPagesHost.Identity;

    private readonly IncidentPagesHost host = new();
    private readonly Dictionary<string, FormClient> browsers;
    private Personas seed = default!;
    private Guid shared;
    private Guid unshared;

    public IncidentPagesTests() => browsers = host.Browsers;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        (seed, shared, unshared) = (host.Seed, host.Shared, host.Unshared);
    }

    public Task DisposeAsync() => host.DisposeAsync();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task ShowIdentities_AsFacilitator_ShowsThemOnTheResponseOnly()
    {
        var url = $"/groups/{seed.GroupA}/incidents/{shared}";
        var form = await browsers["facilitator"].OpenFormAsync(url, "show-identities");

        var shown = await browsers["facilitator"].SendAsync(form, new Dictionary<string, string>());
        var again = await browsers["facilitator"].GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, shown.Status);
        Assert.Contains(Identity, shown.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(Identity, again.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.True(await seed.ScalarAsync<long>("SELECT COUNT(*) FROM journal_entry WHERE action = 'identities_opened'") >= 1);
    }

    [Fact]
    public async Task ShowIdentities_AsPoliceHandler_IsNotOfferedAndShowsNothing()
    {
        var url = $"/groups/{seed.GroupA}/incidents/{shared}";
        var facilitatorForm = await browsers["facilitator"].OpenFormAsync(url, "show-identities");
        var police = await browsers["police"].GetAsync(url);

        // The police handler's own antiforgery token, with the facilitator's form's handler name.
        var token = police.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        var values = new Dictionary<string, string>(facilitatorForm.Values) { ["__RequestVerificationToken"] = token };
        var posted = await browsers["police"].PostAsync(url, values);

        Assert.Null(police.Document.QuerySelector("input[name=_handler][value='show-identities']"));
        Assert.DoesNotContain(Identity, posted.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("NARRATIVE-CANARY", posted.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("show-identities")]
    [InlineData("close")]
    [InlineData("share")]
    public async Task WorkflowPost_WithoutAntiforgeryToken_IsRefusedAndChangesNothing(string formName)
    {
        var url = $"/groups/{seed.GroupA}/incidents/{shared}";
        var form = await browsers["facilitator"].OpenFormAsync(url, formName);
        var values = form.Values.Where(v => v.Key != "__RequestVerificationToken").ToDictionary(v => v.Key, v => v.Value);
        values["Close.Reason"] = "resolved";
        values["Share.Summary"] = "";
        var journal = await seed.ScalarAsync<long>("SELECT COUNT(*) FROM journal_entry");

        var posted = await browsers["facilitator"].PostAsync(url, values);

        Assert.Equal(HttpStatusCode.BadRequest, posted.Status);
        Assert.Equal(journal, await seed.ScalarAsync<long>("SELECT COUNT(*) FROM journal_entry"));
    }

    [Fact]
    public async Task Close_WithStaleVersion_KeepsTheReasonAndSaysSomeoneElseChangedIt()
    {
        var url = $"/groups/{seed.GroupA}/incidents/{unshared}";
        var form = await browsers["facilitator"].OpenFormAsync(url, "close");
        var other = await browsers["handler"].OpenFormAsync(url, "share");
        await browsers["handler"].SendAsync(other, new Dictionary<string, string> { ["Share.Summary"] = "Resumen" });

        var page = await browsers["facilitator"].SendAsync(form, new Dictionary<string, string> { ["Close.Reason"] = "Acuerdo firmado" });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector(".edit-conflict"));
        Assert.Equal("Acuerdo firmado", page.Document.QuerySelector("#close-reason")?.TextContent);
    }

    [Fact]
    public async Task Record_WithBadInput_KeepsWhatWasTypedWithMessages()
    {
        var page = await browsers["member"].SubmitAsync($"/groups/{seed.GroupA}/incidents/new", new Dictionary<string, string>
        {
            ["Input.Kind"] = "",
            ["Input.Narrative"] = "Cerraron el camino al río",
            ["Input.Women"] = "tres",
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Cerraron el camino al río", page.Document.QuerySelector("#incident-narrative")?.TextContent);
        Assert.Equal("tres", page.Document.QuerySelector("#incident-women")?.GetAttribute("value"));
        Assert.NotNull(page.Document.QuerySelector("#incident-kind[aria-invalid=true]"));
        Assert.Equal(2L, await seed.ScalarAsync<long>("SELECT COUNT(*) FROM incident"));
    }

    [Fact]
    public async Task Record_ReceivedInTheFuture_SaysSoBesideTheDayAndKeepsWhatWasTyped()
    {
        var page = await browsers["facilitator"].SubmitAsync($"/groups/{seed.GroupA}/incidents/new", new Dictionary<string, string>
        {
            ["Input.Kind"] = "grievance_water",
            ["Input.Narrative"] = "Llamaron a la línea: cerraron el camino al río",
            ["Input.Channel"] = "hotline",
            ["Input.ReceivedOn"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.False(string.IsNullOrWhiteSpace(page.Document.QuerySelector("#incident-received-error")?.TextContent));
        Assert.Null(page.Document.QuerySelector("p[role=alert]"));
        Assert.Equal("Llamaron a la línea: cerraron el camino al río", page.Document.QuerySelector("#incident-narrative")?.TextContent);
        Assert.Equal(2L, await seed.ScalarAsync<long>("SELECT COUNT(*) FROM incident"));
    }

    [Fact]
    public async Task Record_AsMember_RecordsAndSaysTheyWillSeeItOnceShared()
    {
        var page = await browsers["member"].SubmitAsync($"/groups/{seed.GroupA}/incidents/new", new Dictionary<string, string>
        {
            ["Input.Kind"] = "grievance_water",
            ["Input.Narrative"] = "Cerraron el camino al río",
        });

        Assert.Equal(HttpStatusCode.Found, page.Status);
        Assert.Contains("recorded=3", page.Location, StringComparison.Ordinal);
        Assert.Equal(1L, await seed.ScalarAsync<long>("SELECT COUNT(*) FROM incident WHERE channel = 'member' AND kind = 'grievance_water'"));
    }

    /// <summary>A PNG as a phone would send it: the signature, then bytes with a canary no page or log may show.</summary>
    private static readonly byte[] Photo = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. "PHOTO-CANARY-3m8 faces of the witnesses"u8];

    [Fact]
    public async Task EvidenceFile_AddedByFacilitator_DownloadsUnchangedForCaseHandlersOnly()
    {
        var url = $"/groups/{seed.GroupA}/incidents/{shared}";
        var form = await browsers["facilitator"].OpenFormAsync(url, "evidence");
        var added = await browsers["facilitator"].SendFileAsync(form, new Dictionary<string, string> { ["Evidence.Note"] = "taken by a neighbour" }, "Evidence.File", "IMG_2041.png", Photo);
        Assert.Equal(HttpStatusCode.Found, added.Status);

        var page = await browsers["facilitator"].GetAsync(url);
        var link = page.Document.QuerySelector("a[download]")?.GetAttribute("href");
        Assert.Equal("IMG_2041.png", page.Document.QuerySelector("a[download]")?.TextContent);
        Assert.NotNull(link);

        using var download = await browsers["handler"].Http.GetAsync(new Uri(link, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Photo, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", string.Join(",", download.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("sandbox", string.Join(",", download.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal(1, await seed.ScalarAsync<long>("SELECT COUNT(*) FROM journal_entry WHERE action = 'evidence_opened'"));

        // Whoever may not see the case's people gets the same 404 as for no file at all, and nothing is journalled for them.
        foreach (var (persona, outcome) in new[]
        {
            ("police", "Denied"), ("alleged", "Denied"), ("member", "Denied"), ("observer", "Denied"), ("donor", "Denied"),
            ("admin", "Denied"), ("outsider", "Denied"), ("anonymous", "SignIn"),
        })
        {
            var refused = await browsers[persona].GetAsync(link);
            Assert.True(outcome == MatrixOutcome.Of("GET", refused.Status, refused.Location), $"{persona}: {refused.Status}");
            Assert.DoesNotContain("PHOTO-CANARY", refused.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        }

        Assert.Equal(1, await seed.ScalarAsync<long>("SELECT COUNT(*) FROM journal_entry WHERE action = 'evidence_opened'"));
        var wrongGroup = await browsers["facilitator"].GetAsync(link.Replace(seed.GroupA.ToString(), seed.GroupB.ToString(), StringComparison.Ordinal));
        Assert.NotEqual(HttpStatusCode.OK, wrongGroup.Status);
        // Sealed at rest: neither the bytes nor their base64 are in the row.
        var stored = await seed.ScalarAsync<string>("SELECT file_sealed FROM incident_evidence WHERE file_sealed IS NOT NULL");
        Assert.DoesNotContain(Convert.ToBase64String(Photo)[..24], stored, StringComparison.Ordinal);
        Assert.DoesNotContain("PHOTO-CANARY", stored, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("program", "photo.jpg")]
    [InlineData("too large", "video.png")]
    public async Task EvidenceFile_RefusedKindOrSize_SaysWhyKeepsTheNoteAndAddsNothing(string what, string name)
    {
        var url = $"/groups/{seed.GroupA}/incidents/{unshared}";
        byte[] content = what == "program" ? [(byte)'M', (byte)'Z', 0x90, 0x00, .. "This program cannot be run"u8] : [.. Photo, .. new byte[IncidentRules.FileMaxBytes]];
        var form = await browsers["facilitator"].OpenFormAsync(url, "evidence");

        var page = await browsers["facilitator"].SendFileAsync(form, new Dictionary<string, string> { ["Evidence.Note"] = "Nota que no se pierde" }, "Evidence.File", name, content);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.False(string.IsNullOrWhiteSpace(page.Document.QuerySelector("#evidence-file-error")?.TextContent));
        Assert.Equal("Nota que no se pierde", page.Document.QuerySelector("#evidence-note")?.TextContent);
        Assert.Equal(0, await seed.ScalarAsync<long>("SELECT COUNT(*) FROM incident_evidence WHERE incident_id = @id", new { id = unshared.ToString() }));
    }

    [Fact]
    public async Task AddPerson_Witness_IsSealedShownOnlyThroughShowIdentitiesAndRefusedToThePoliceHandler()
    {
        var url = $"/groups/{seed.GroupA}/incidents/{shared}";
        var form = await browsers["facilitator"].OpenFormAsync(url, "person");

        var added = await browsers["facilitator"].SendAsync(form, new Dictionary<string, string>
        {
            ["Person.Role"] = "witness",
            ["Person.Name"] = "WITNESS-CANARY-5t6 Doña Rosa",
            ["Person.Contact"] = "vereda El Cedro, casa azul",
        });
        var page = await browsers["facilitator"].GetAsync(url);
        var shownForm = OpenForm(page, url, "show-identities");
        var shown = await browsers["facilitator"].SendAsync(shownForm, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Found, added.Status);
        Assert.DoesNotContain("WITNESS-CANARY", page.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Contains("WITNESS-CANARY", shown.Document.QuerySelector(".incident-identities")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(0, await seed.ScalarAsync<long>("SELECT COUNT(*) FROM incident_identity WHERE identity_sealed LIKE '%WITNESS%' OR identity_sealed LIKE '%Rosa%'"));

        // The police handler sees the case without its people: the form is not offered, and a forged post adds nothing.
        var police = await browsers["police"].GetAsync(url);
        var token = police.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        var forged = new Dictionary<string, string>(form.Values) { ["__RequestVerificationToken"] = token, ["Person.Name"] = "POLICE-ADDED", ["Person.Role"] = "witness" };
        var identities = await seed.ScalarAsync<long>("SELECT COUNT(*) FROM incident_identity");
        await browsers["police"].PostAsync(url, forged);

        Assert.Null(police.Document.QuerySelector("input[name=_handler][value='person']"));
        Assert.Equal(identities, await seed.ScalarAsync<long>("SELECT COUNT(*) FROM incident_identity"));
    }

    [Fact]
    public async Task AddPerson_WithoutAName_SaysSoAndKeepsTheContact()
    {
        var url = $"/groups/{seed.GroupA}/incidents/{unshared}";
        var form = await browsers["facilitator"].OpenFormAsync(url, "person");

        var page = await browsers["facilitator"].SendAsync(form, new Dictionary<string, string> { ["Person.Role"] = "affected", ["Person.Name"] = " ", ["Person.Contact"] = "por la emisora comunitaria" });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.False(string.IsNullOrWhiteSpace(page.Document.QuerySelector("#person-name-error")?.TextContent));
        Assert.Equal("por la emisora comunitaria", page.Document.QuerySelector("#person-contact")?.TextContent);
    }

    private static FormClient.OpenForm OpenForm(FormClient.Page page, string url, string name) => FormClient.OpenForm.Of(page, url, name);

    [Fact]
    public async Task NewCommitment_NamingASharedIncident_LinksBothWaysForThoseWhoSeeIt()
    {
        var form = await browsers["member"].OpenFormAsync($"/groups/{seed.GroupA}/commitments/new", "new-commitment");
        var offered = (await browsers["member"].GetAsync($"/groups/{seed.GroupA}/commitments/new")).Document
            .QuerySelectorAll("#commitment-incident option").Select(o => o.GetAttribute("value")).Where(v => !string.IsNullOrEmpty(v)).ToList();

        var created = await browsers["member"].SendAsync(form, new Dictionary<string, string>
        {
            ["Input.Text"] = "COMMITMENT-CANARY talleres de derechos humanos para los guardias",
            ["Input.Incident"] = shared.ToString(),
        });

        // A member is offered only the incident shared with the table, never the other one.
        Assert.Equal([shared.ToString()], offered);
        Assert.Equal(HttpStatusCode.Found, created.Status);
        var commitment = new Uri(new Uri("http://localhost"), created.Location!).AbsolutePath;
        var asMember = await browsers["member"].GetAsync(commitment);
        var asObserver = await browsers["observer"].GetAsync(commitment);
        var chain = await browsers["facilitator"].GetAsync($"/groups/{seed.GroupA}/incidents/{shared}");
        Assert.NotNull(asMember.Document.QuerySelector($"a[href='/groups/{seed.GroupA}/incidents/{shared}']"));
        Assert.Equal(HttpStatusCode.OK, asObserver.Status);
        Assert.Null(asObserver.Document.QuerySelector($"a[href*='/incidents/']"));
        Assert.Contains("COMMITMENT-CANARY", chain.MainText, StringComparison.Ordinal);

        // Edited later, it keeps its incident.
        var edit = await browsers["member"].OpenFormAsync($"{commitment}/edit", "commitment");
        await browsers["member"].SendAsync(edit, new Dictionary<string, string> { ["Input.Text"] = "COMMITMENT-CANARY talleres, cada trimestre" });
        Assert.NotNull((await browsers["member"].GetAsync(commitment)).Document.QuerySelector($"a[href='/groups/{seed.GroupA}/incidents/{shared}']"));
    }

    [Fact]
    public async Task NewCommitment_NamingAnIncidentTheMemberCannotSee_IsRefusedKeepingTheText()
    {
        var form = await browsers["member"].OpenFormAsync($"/groups/{seed.GroupA}/commitments/new", "new-commitment");
        var commitments = await seed.ScalarAsync<long>("SELECT COUNT(*) FROM commitment");

        var page = await browsers["member"].SendAsync(form, new Dictionary<string, string>
        {
            ["Input.Text"] = "Texto que no se pierde",
            ["Input.Incident"] = unshared.ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.False(string.IsNullOrWhiteSpace(page.Document.QuerySelector("#commitment-incident-error")?.TextContent));
        Assert.Equal("Texto que no se pierde", page.Document.QuerySelector("#commitment-text")?.TextContent);
        Assert.Equal(commitments, await seed.ScalarAsync<long>("SELECT COUNT(*) FROM commitment"));
    }

    [Fact]
    public async Task CommitmentPage_AnotherGroupsCommitmentUnderThisGroupsAddress_IsRefused()
    {
        var page = await browsers["member"].GetAsync($"/groups/{seed.GroupA}/commitments/{seed.CommitmentB}");

        Assert.Equal("Denied", MatrixOutcome.Of("GET", page.Status, page.Location));
        Assert.DoesNotContain("COMMITMENT", page.MainText, StringComparison.Ordinal);
    }
}
