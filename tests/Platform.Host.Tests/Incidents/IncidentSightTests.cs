namespace Platform.Host.Tests.Incidents;

/// <summary>
/// The incident pages and the register as every persona, on real incidents: the status each gets and whether the
/// narrative and the shared summary (canaries) appear in the HTML. Read-only, so the personas share one host.
/// </summary>
public sealed class IncidentSightTests(IncidentPagesHost host) : IClassFixture<IncidentPagesHost>
{
    private const string Identity = IncidentPagesHost.Identity;

    private readonly Dictionary<string, FormClient> browsers = host.Browsers;
    private readonly Personas seed = host.Seed;
    private readonly Guid shared = host.Shared;
    private readonly Guid unshared = host.Unshared;

    [Theory]
    [InlineData("facilitator", "Allowed", true, true)]
    [InlineData("handler", "Allowed", true, true)]
    [InlineData("police", "Allowed", false, true)]
    [InlineData("alleged", "Allowed", false, true)]
    [InlineData("member", "Allowed", false, true)]
    [InlineData("observer", "Denied", false, false)]
    [InlineData("donor", "Denied", false, false)]
    [InlineData("admin", "Denied", false, false)]
    [InlineData("outsider", "Denied", false, false)]
    [InlineData("anonymous", "SignIn", false, false)]
    public async Task SharedIncidentPage_AsPersona_ShowsOnlyWhatTheSightAllows(string persona, string outcome, bool narrative, bool summary)
    {
        var page = await browsers[persona].GetAsync($"/groups/{seed.GroupA}/incidents/{shared}");
        var html = page.Document.DocumentElement.OuterHtml;

        Assert.Equal(outcome, MatrixOutcome.Of("GET", page.Status, page.Location));
        Assert.Equal(narrative, html.Contains("NARRATIVE-CANARY", StringComparison.Ordinal));
        Assert.Equal(summary, html.Contains("SUMMARY-CANARY", StringComparison.Ordinal));
        Assert.DoesNotContain(Identity, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("facilitator", "Allowed", true)]
    [InlineData("handler", "Allowed", true)]
    [InlineData("police", "Allowed", false)]
    [InlineData("alleged", "Allowed", false)]
    [InlineData("member", "Denied", false)]
    [InlineData("observer", "Denied", false)]
    [InlineData("donor", "Denied", false)]
    public async Task UnsharedIncidentPage_MembersFindNothing_HandlersWithoutPeopleSeeNoNarrative(string persona, string outcome, bool narrative)
    {
        var page = await browsers[persona].GetAsync($"/groups/{seed.GroupA}/incidents/{unshared}");

        Assert.Equal(outcome, MatrixOutcome.Of("GET", page.Status, page.Location));
        Assert.Equal(narrative, page.Document.DocumentElement.OuterHtml.Contains("NARRATIVE-CANARY", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("facilitator", "Allowed", 2)]
    [InlineData("police", "Allowed", 2)]
    [InlineData("member", "Allowed", 1)]
    [InlineData("observer", "Denied", 0)]
    [InlineData("donor", "Denied", 0)]
    [InlineData("admin", "Denied", 0)]
    [InlineData("outsider", "Denied", 0)]
    [InlineData("anonymous", "SignIn", 0)]
    public async Task Register_AsPersona_ListsOnlyTheIncidentsTheySee(string persona, string outcome, int rows)
    {
        var page = await browsers[persona].GetAsync($"/groups/{seed.GroupA}/incidents");

        Assert.Equal(outcome, MatrixOutcome.Of("GET", page.Status, page.Location));
        Assert.Equal(rows, page.Document.QuerySelectorAll("table.incident-register tbody tr").Length);
        Assert.DoesNotContain("NARRATIVE-CANARY", page.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }
}
