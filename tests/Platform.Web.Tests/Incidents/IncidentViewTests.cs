using NodaTime;
using Platform.Grains.Incidents;
using Platform.Grains.Organisations;
using Platform.Web.Incidents;
using Platform.Messages.Localization;

namespace Platform.Web.Tests.Incidents;

public sealed class IncidentViewTests : ComponentTest
{
    private const string Narrative = "NARRATIVE-CANARY guards beat two miners";
    private const string Place = "PLACE-CANARY Vereda El Cedro";
    private const string Summary = "SUMMARY-CANARY shared";
    private const string Identity = "IDENTITY-CANARY Ana";
    private const string Message = "MESSAGE-CANARY thank you";
    private const string Link = "https://example.org/EVIDENCE-CANARY";

    private static readonly Guid Org = Guid.NewGuid();

    [Theory]
    [InlineData(IncidentSight.SharedSummary, false, false, false)]
    [InlineData(IncidentSight.CaseWithoutPeople, true, false, false)]
    [InlineData(IncidentSight.Details, true, true, false)]
    public void Render_AtSight_ShowsExactlyTheAllowedFields(IncidentSight sight, bool caseFacts, bool content, bool identities)
    {
        var cut = Render<IncidentView>("en", p => p
            .Add(c => c.State, State())
            .Add(c => c.Sight, sight)
            .Add(c => c.Details, Details(withIdentities: false))
            .Add(c => c.Names, new Dictionary<string, string> { [Org.ToString()] = "Minera del Norte", ["u1"] = "Fabiola" })
            .Add(c => c.Authorities, [])
            .Add(c => c.Clock, ViewerClock.Utc));
        var html = cut.Markup;

        Assert.Contains(Summary, html, StringComparison.Ordinal);
        Assert.Contains("Alleged abuse by private security", html, StringComparison.Ordinal);
        Assert.Equal(caseFacts, html.Contains("Minera del Norte", StringComparison.Ordinal));
        Assert.Equal(caseFacts, cut.FindAll("#incident-severity").Count == 1);
        Assert.Equal(content, html.Contains("NARRATIVE-CANARY", StringComparison.Ordinal));
        Assert.Equal(content, html.Contains("PLACE-CANARY", StringComparison.Ordinal));
        Assert.Equal(content, html.Contains("MESSAGE-CANARY", StringComparison.Ordinal));
        Assert.Equal(content, html.Contains("EVIDENCE-CANARY", StringComparison.Ordinal));
        Assert.Equal(content, html.Contains("Women 0, men 2", StringComparison.Ordinal));
        Assert.Equal(identities, html.Contains("IDENTITY-CANARY", StringComparison.Ordinal));

        // Fabiola recorded it as a member: whoever received a member's report is its reporter.
        Assert.Equal(content, html.Contains("Fabiola", StringComparison.Ordinal));
        Assert.Equal(content, html.Contains("2026-11-30T15:00", StringComparison.Ordinal));
        Assert.Equal(sight == IncidentSight.CaseWithoutPeople, cut.FindAll(".incident-withheld[role=note]").Count == 1);
    }

    [Theory]
    [InlineData(IncidentSight.SharedSummary)]
    [InlineData(IncidentSight.CaseWithoutPeople)]
    public void Render_BelowDetails_ShowsNothingSealedEvenWhenGivenIt(IncidentSight sight)
    {
        var cut = Render<IncidentView>("en", p => p
            .Add(c => c.State, State())
            .Add(c => c.Sight, sight)
            .Add(c => c.Details, Details(withIdentities: true))
            .Add(c => c.Names, new Dictionary<string, string>())
            .Add(c => c.Authorities, [])
            .Add(c => c.Clock, ViewerClock.Utc));

        Assert.DoesNotContain("IDENTITY-CANARY", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("NARRATIVE-CANARY", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DetailsWithIdentitiesOpened_ShowsThemAndSaysSo()
    {
        var cut = Render<IncidentView>("es", p => p
            .Add(c => c.State, State())
            .Add(c => c.Sight, IncidentSight.Details)
            .Add(c => c.Details, Details(withIdentities: true))
            .Add(c => c.Names, new Dictionary<string, string>())
            .Add(c => c.Authorities, [])
            .Add(c => c.Clock, ViewerClock.Utc));

        Assert.Contains(Identity, cut.Find(".incident-identities").TextContent, StringComparison.Ordinal);
        Assert.Contains("Denunciante", cut.Find(".incident-identities").TextContent, StringComparison.Ordinal);
        Assert.Contains("3 — alta", cut.Find("#incident-severity").Parent!.TextContent, StringComparison.Ordinal);
    }

    private static IncidentState State() => new(
        Guid.NewGuid(), Guid.NewGuid(), 7, IncidentKind.AbuseByPrivateSecurity, IncidentStatus.Assessed, null, IncidentChannel.Member,
        new LocalDate(2026, 11, 30), "u1", new LocalDate(2026, 11, 28), null, new AffectedCounts(0, 2, 0, 0, 0), new IncidentSeverity(3, 1, 2),
        [new AllegedParty(Org, StakeholderType.LargeScaleMining)], Summary, null, null, null, null, 3,
        [new IncidentStep(1, IncidentStepStatus.Received, "u1", new LocalDate(2026, 11, 30), DateTimeOffset.Parse("2026-11-30T15:00:00Z", System.Globalization.CultureInfo.InvariantCulture), false)],
        [], [], 1, 1, true);

    private static IncidentDetails Details(bool withIdentities) => new(
        State(), Narrative, new IncidentPlace(Place, null, null),
        withIdentities ? [new IncidentIdentity(Guid.NewGuid(), IdentityRole.Reporter, Identity, null, new LocalDate(2026, 11, 30), false)] : null,
        [new EvidenceDetail(new EvidenceSummary(Guid.NewGuid(), 1, false, null, EvidenceCredibility.High, "u1", new LocalDate(2026, 11, 30)), Link, null, null)],
        [new IncidentMessage(1, true, null, new LocalDate(2026, 11, 30), Message)], [], []);
}
