using Platform.Grains.WorkingGroups;
using Platform.Web.WorkingGroups;
using Platform.Web.Organisations;

namespace Platform.Web.Tests.Organisations;

/// <summary>Issue 15: country names appear in the reader's language, wherever a country is shown or chosen.</summary>
public sealed class CountryNameTests : ComponentTest
{
    [Theory]
    [InlineData("en", "Germany (DE)", "Netherlands")]
    [InlineData("es", "Alemania (DE)", "Países Bajos")]
    [InlineData("fr", "Allemagne (DE)", "Pays-Bas")]
    public void Label_InTheReadersLanguage_NamesTheCountryInIt(string culture, string germany, string netherlands)
    {
        using (Culture.Use(culture))
        {
            Assert.Equal(germany, Countries.Label("DE"));
            Assert.Contains(Countries.All, c => c.Code == "NL" && c.Name == netherlands);
        }
    }

    [Fact]
    public void All_InSpanish_AreInSpanishAlphabeticalOrder()
    {
        using (Culture.Use("es"))
        {
            var names = Countries.All.Select(c => c.Name).ToList();
            Assert.True(names.IndexOf("Alemania") < names.IndexOf("Colombia") && names.IndexOf("Colombia") < names.IndexOf("Perú"), "Spanish names in Spanish order.");
        }
    }

    [Fact]
    public void MyGroupsTable_InFrench_NamesTheGroupsCountryInFrench()
    {
        MyGroup[] groups = [new(Guid.NewGuid(), "Mesa nacional", "CO", GroupRole.Member, GroupStatus.Active, 12)];

        var table = Render<MyGroupsTable>("fr", p => p.Add(c => c.Groups, groups));

        Assert.Equal("Colombie", table.Find("td[data-label=Pays]").TextContent);
    }
}
