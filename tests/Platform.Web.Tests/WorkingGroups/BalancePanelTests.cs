using Platform.Grains.Organisations;
using Platform.Grains.People;
using Platform.Web.WorkingGroups;

namespace Platform.Web.Tests.WorkingGroups;

public sealed class BalancePanelTests : ComponentTest
{
    private IRenderedComponent<BalancePanel> RenderPanel(string culture, params (StakeholderType, string)[] members) =>
        Render<BalancePanel>(culture, p => p.Add(c => c.Members, members));

    private static string[] Items(IRenderedComponent<BalancePanel> panel, string list) =>
        [.. panel.FindAll($"ul.{list} li").Select(li => li.TextContent.Trim())];

    [Fact]
    public void Render_SomeSeatsFilled_ListsPresentAndMissingSeats()
    {
        var panel = RenderPanel(
            "en",
            (StakeholderType.LargeScaleMining, Genders.Man),
            (StakeholderType.PublicSecurityPolice, Genders.Woman),
            (StakeholderType.PublicSecurityMilitary, Genders.Man),
            (StakeholderType.Academic, Genders.Woman));

        Assert.Equal(["Mining company", "Public security"], Items(panel, "balance-present"));
        Assert.Equal(5, Items(panel, "balance-missing").Length);
        Assert.DoesNotContain("Mining company", Items(panel, "balance-missing"));
    }

    [Fact]
    public void Render_FourDeclared_HidesWomenShareAndSaysTooFew()
    {
        var panel = RenderPanel(
            "en",
            (StakeholderType.Community, Genders.Woman),
            (StakeholderType.Community, Genders.Woman),
            (StakeholderType.CivilSociety, Genders.Man),
            (StakeholderType.AsmOrganisation, Genders.SelfDescribed),
            (StakeholderType.AsmOrganisation, Genders.PreferNotToSay),
            (StakeholderType.AsmOrganisation, Genders.PreferNotToSay));

        Assert.Empty(panel.FindAll(".women-share"));
        Assert.Contains("Too few members", panel.Find(".women-share-hidden").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FiveDeclared_ShowsWomenShare()
    {
        var panel = RenderPanel(
            "en",
            (StakeholderType.Community, Genders.Woman),
            (StakeholderType.Community, Genders.Woman),
            (StakeholderType.CivilSociety, Genders.Man),
            (StakeholderType.AsmOrganisation, Genders.SelfDescribed),
            (StakeholderType.NationalGovernment, Genders.Man),
            (StakeholderType.AsmOrganisation, Genders.PreferNotToSay));

        var share = panel.Find(".women-share").TextContent;
        Assert.Contains("2 of 5", share, StringComparison.Ordinal);
        Assert.Contains("40", share, StringComparison.Ordinal);
        Assert.Empty(panel.FindAll(".women-share-hidden"));
    }

    [Theory]
    [InlineData("es", "Empresa minera", "Muy pocos miembros")]
    [InlineData("fr", "Entreprise minière", "Trop peu de membres")]
    public void Render_InSpanishAndFrench_UsesTheirWords(string culture, string company, string tooFew)
    {
        var panel = RenderPanel(culture, (StakeholderType.LargeScaleMining, Genders.Woman));

        Assert.Contains(company, Items(panel, "balance-present"));
        Assert.StartsWith(tooFew, panel.Find(".women-share-hidden").TextContent, StringComparison.Ordinal);
    }
}
