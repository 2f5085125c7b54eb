using System.Xml.Linq;

namespace Platform.Web.Tests.Localization;

public sealed class ResourceParityTests
{
    [Theory]
    [InlineData("es")]
    [InlineData("fr")]
    public void Translations_HaveEveryEnglishKeyAndNoStrayOnes(string language)
    {
        var english = Keys("Text.resx");

        var translated = Keys($"Text.{language}.resx");

        Assert.Empty(english.Except(translated));
        Assert.Empty(translated.Except(english));
    }

    [Fact]
    public void Translations_EveryStakeholderTypeHasAName()
    {
        var english = Keys("Text.resx");

        var missing = Enum.GetNames<Platform.Grains.Organisations.StakeholderType>().Where(name => !english.Contains($"Stakeholder.{name}"));

        Assert.Empty(missing);
    }

    [Fact]
    public void Translations_EveryRuleRefusalHasWords()
    {
        var english = Keys("Text.resx");
        var rules = typeof(Platform.Grains.RuleException).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.Name.EndsWith("Rule", StringComparison.Ordinal) && t != typeof(Platform.Grains.Meetings.RecurrenceRule))
            .ToList();

        var missing = rules.SelectMany(rule => Enum.GetNames(rule).Select(code => $"{rule.Name}.{code}")).Where(key => !english.Contains(key));

        Assert.Equal(6, rules.Count);
        Assert.Empty(missing);
    }

    private static HashSet<string> Keys(string file)
    {
        var path = Path.Combine(SourceFolder(), file);
        return [.. XDocument.Load(path).Root!.Elements("data").Select(e => (string)e.Attribute("name")!)];
    }

    private static string SourceFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Roundtable.slnx")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder!.FullName, "src", "Platform.Messages", "Localization");
    }
}
