namespace Platform.Host.Tests.Incidents;

/// <summary>
/// Correcting a case from its page: the assess form offers the alleged parties and the counts of people affected only to
/// those who see the case's people; a handler who sees it without them reassesses severity and kind, and a forged post
/// of parties or counts from them is refused with a message, changing nothing.
/// </summary>
public sealed class IncidentCorrectionPageTests : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory factory = new() { DistinctClientAddresses = true };
    private readonly Dictionary<string, FormClient> browsers = new(StringComparer.Ordinal);
    private readonly LeakScene scene;

    public IncidentCorrectionPageTests() => scene = new LeakScene(factory);

    private string Url => $"/groups/{scene.Seed.GroupA}/incidents/{scene.Unshared}";

    public async Task InitializeAsync()
    {
        await scene.BuildAsync();
        foreach (var persona in new[] { "facilitator", "police-handler", "alleged-handler" })
        {
            var browser = factory.Browser();
            Assert.Equal(HttpStatusCode.Found, (await browser.SignInAsync($"{persona}@example.org", PlatformFactory.Password)).Status);
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

    [Fact]
    public async Task Assess_AsFacilitator_CorrectsAllegedPartiesAndCountsAndTheCasePageShowsThem()
    {
        var page = await browsers["facilitator"].GetAsync(Url);
        var form = FormClient.OpenForm.Of(page, Url, "assess");
        var fields = form.Values.Where(v => v.Key is not ("Assess.AllegedOrganisations" or "Assess.Women" or "Assess.Girls")).Concat(
        [
            new("Assess.AllegedTypes", "private_security"), new("Assess.AllegedTypes", "public_security_military"),
            new("Assess.Women", "3"), new("Assess.Girls", "1"),
        ]);

        var posted = await PostAsync("facilitator", fields);
        var after = await browsers["facilitator"].GetAsync(Url);

        // Prefilled from the case: the two men affected and the company named.
        Assert.Equal("2", page.Document.QuerySelector("#assess-men")?.GetAttribute("value"));
        Assert.NotNull(page.Document.QuerySelector("input[name='Assess.AllegedOrganisations'][checked]"));
        Assert.Equal(HttpStatusCode.Found, posted.Status);
        Assert.Equal("3|2|1|0|0", await CountsAsync());
        var alleged = after.Document.QuerySelectorAll(".incident-facts ul li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Private security provider", "Public security (military)"], alleged.Order(StringComparer.Ordinal));
        Assert.Equal("3", after.Document.QuerySelector("#assess-women")?.GetAttribute("value"));
    }

    [Theory]
    [InlineData("police-handler", "counts")]
    [InlineData("police-handler", "alleged")]
    [InlineData("alleged-handler", "counts")]
    public async Task Assess_AsHandlerWithoutPeople_ReassessesButAForgedCorrectionIsRefusedAndChangesNothing(string persona, string forging)
    {
        var page = await browsers[persona].GetAsync(Url);
        var form = FormClient.OpenForm.Of(page, Url, "assess");
        var alleged = await AllegedAsync();

        var forged = await PostAsync(persona, form.Values.Where(v => v.Key != "Assess.Scale").Concat(new Dictionary<string, string>
        {
            ["Assess.Scale"] = "1",
            [forging == "counts" ? "Assess.Men" : "Assess.AllegedTypes"] = forging == "counts" ? "0" : "community",
        }));
        var reassessed = await browsers[persona].SendAsync(form, new Dictionary<string, string> { ["Assess.Scale"] = "3", ["Assess.Scope"] = "3" });

        // The form offers them neither parties nor counts.
        Assert.Null(page.Document.QuerySelector("#assess-men"));
        Assert.Null(page.Document.QuerySelector("input[name='Assess.AllegedTypes']"));
        Assert.Equal(HttpStatusCode.OK, forged.Status);
        Assert.Contains("Only those who see the case’s people may correct", forged.Document.QuerySelector("[role=alert]")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal("1", forged.Document.QuerySelector("#assess-Scale option[selected]")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Found, reassessed.Status);
        Assert.Equal("0|2|0|0|0", await CountsAsync());
        Assert.Equal(alleged, await AllegedAsync());
        Assert.Equal("assessed", await scene.Seed.ScalarAsync<string>("SELECT status FROM incident WHERE id = @id", new { id = scene.Unshared.ToString() }));
    }

    [Theory]
    [InlineData("count")]
    [InlineData("choice")]
    [InlineData("too many")]
    public async Task Assess_WithBadParties_SaysWhyKeepsWhatWasTypedAndChangesNothing(string what)
    {
        if (what == "too many")
        {
            await SeatOrganisationsAsync(4);
        }

        var page = await browsers["facilitator"].GetAsync(Url);
        var form = FormClient.OpenForm.Of(page, Url, "assess");
        var typed = form.Values.Where(v => v.Key is not ("Assess.Men" or "Assess.Women" or "Assess.Scale" or "Assess.AllegedOrganisations"))
            .Concat(new Dictionary<string, string> { ["Assess.Men"] = what == "count" ? "-1" : "2", ["Assess.Women"] = "4", ["Assess.Scale"] = "3" })
            .Concat(what == "choice" ? [new("Assess.AllegedOrganisations", Guid.NewGuid().ToString())] : what == "too many" ? Everyone(page) : []);

        var posted = await PostAsync("facilitator", typed);

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        var error = what == "count" ? "#assess-men-error" : "#assess-alleged-error";
        Assert.False(string.IsNullOrWhiteSpace(posted.Document.QuerySelector(error)?.TextContent), error);
        Assert.Equal(what == "count" ? "-1" : "2", posted.Document.QuerySelector("#assess-men")?.GetAttribute("value"));
        Assert.Equal("4", posted.Document.QuerySelector("#assess-women")?.GetAttribute("value"));
        Assert.Equal("3", posted.Document.QuerySelector("#assess-Scale option[selected]")?.GetAttribute("value"));
        Assert.Equal("0|2|0|0|0", await CountsAsync());
        Assert.Equal("received", await scene.Seed.ScalarAsync<string>("SELECT status FROM incident WHERE id = @id", new { id = scene.Unshared.ToString() }));
    }

    /// <summary>Every organisation offered and every type: more parties than may be named.</summary>
    private static KeyValuePair<string, string>[] Everyone(FormClient.Page page) =>
    [
        .. page.Document.QuerySelectorAll("input[name='Assess.AllegedOrganisations']").Select(i => KeyValuePair.Create("Assess.AllegedOrganisations", i.GetAttribute("value")!)),
        .. Enum.GetValues<StakeholderType>().Select(t => KeyValuePair.Create("Assess.AllegedTypes", EnumText.ToText(t))),
    ];

    /// <summary>Posts <paramref name="fields"/> as a browser would, a name repeated for each ticked box.</summary>
    private async Task<FormClient.Page> PostAsync(string persona, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        using var response = await browsers[persona].Http.PostAsync(new Uri(Url, UriKind.Relative), content);
        return await FormClient.Page.ReadAsync(response);
    }

    private Task<string> CountsAsync() => scene.Seed.ScalarAsync<string>(
        "SELECT affected_women || '|' || affected_men || '|' || affected_girls || '|' || affected_boys || '|' || affected_unknown FROM incident WHERE id = @id",
        new { id = scene.Unshared.ToString() });

    private Task<string> AllegedAsync() => scene.Seed.ScalarAsync<string>(
        "SELECT group_concat(COALESCE(organisation_id, '') || ':' || stakeholder_type, ',') FROM incident_alleged WHERE incident_id = @id",
        new { id = scene.Unshared.ToString() });

    /// <summary>More organisations at the table, so that every type and every organisation together are more than may be named.</summary>
    private async Task SeatOrganisationsAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var person = await scene.Seed.PersonAsync($"extra{i}@example.org");
            var organisation = await scene.Seed.OrganisationAsync($"ONG {i}");
            await scene.Seed.SeatAsync(scene.Seed.GroupA, person, "member", organisation);
        }
    }
}
