using AngleSharp.Dom;
using Platform.Grains.Organisations;
using Platform.Grains.People;
using Platform.Web.Components.WorkingGroups;

namespace Platform.Web.Tests.WorkingGroups;

public sealed class BalancePanelTests
{
    private static Task<IDocument> RenderAsync(string culture, params (StakeholderType, string)[] members) =>
        ComponentRenderer.Render<BalancePanel>(culture, p => p[nameof(BalancePanel.Members)] = (IReadOnlyList<(StakeholderType, string)>)members);

    private static string[] Items(IDocument doc, string list) =>
        [.. doc.QuerySelectorAll($"ul.{list} li").Select(li => li.TextContent.Trim())];

    [Fact]
    public async Task Render_SomeSeatsFilled_ListsPresentAndMissingSeats()
    {
        var doc = await RenderAsync(
            "en",
            (StakeholderType.LargeScaleMining, Genders.Man),
            (StakeholderType.PublicSecurityPolice, Genders.Woman),
            (StakeholderType.PublicSecurityMilitary, Genders.Man),
            (StakeholderType.Academic, Genders.Woman));

        Assert.Equal(["Mining company", "Public security"], Items(doc, "balance-present"));
        Assert.Equal(5, Items(doc, "balance-missing").Length);
        Assert.DoesNotContain("Mining company", Items(doc, "balance-missing"));
    }

    [Fact]
    public async Task Render_FourDeclared_HidesWomenShareAndSaysTooFew()
    {
        var doc = await RenderAsync(
            "en",
            (StakeholderType.Community, Genders.Woman),
            (StakeholderType.Community, Genders.Woman),
            (StakeholderType.CivilSociety, Genders.Man),
            (StakeholderType.AsmOrganisation, Genders.SelfDescribed),
            (StakeholderType.AsmOrganisation, Genders.PreferNotToSay),
            (StakeholderType.AsmOrganisation, Genders.PreferNotToSay));

        Assert.Null(doc.QuerySelector(".women-share"));
        Assert.Contains("Too few members", doc.QuerySelector(".women-share-hidden")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_FiveDeclared_ShowsWomenShare()
    {
        var doc = await RenderAsync(
            "en",
            (StakeholderType.Community, Genders.Woman),
            (StakeholderType.Community, Genders.Woman),
            (StakeholderType.CivilSociety, Genders.Man),
            (StakeholderType.AsmOrganisation, Genders.SelfDescribed),
            (StakeholderType.NationalGovernment, Genders.Man),
            (StakeholderType.AsmOrganisation, Genders.PreferNotToSay));

        var share = doc.QuerySelector(".women-share")?.TextContent;
        Assert.Contains("2 of 5", share, StringComparison.Ordinal);
        Assert.Contains("40", share, StringComparison.Ordinal);
        Assert.Null(doc.QuerySelector(".women-share-hidden"));
    }

    [Theory]
    [InlineData("es", "Empresa minera", "Muy pocos miembros")]
    [InlineData("fr", "Entreprise minière", "Trop peu de membres")]
    public async Task Render_InSpanishAndFrench_UsesTheirWords(string culture, string company, string tooFew)
    {
        var doc = await RenderAsync(culture, (StakeholderType.LargeScaleMining, Genders.Woman));

        Assert.Contains(company, Items(doc, "balance-present"));
        Assert.StartsWith(tooFew, doc.QuerySelector(".women-share-hidden")?.TextContent, StringComparison.Ordinal);
    }
}
