using System.Text.RegularExpressions;
using Platform.Grains.WorkingGroups;
using Platform.Web.WorkingGroups;
using Platform.Messages.Localization;

namespace Platform.Web.Tests.WorkingGroups;

/// <summary>Issue 15: every feed entry is a whole sentence in the reader's language that links to what it names; no stored keys.</summary>
public sealed partial class ActivityFeedTests : ComponentTest
{
    private static readonly Guid Group = Guid.Parse("6d1c2a40-0000-4000-8000-000000000001");

    private static readonly DateTimeOffset When = new(2026, 11, 20, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Render_InSpanish_EachEntryIsASentenceLinkingToWhatItNames()
    {
        var meeting = Guid.NewGuid().ToString("D");
        var item = Guid.NewGuid().ToString("D");
        ActivityView[] entries =
        [
            new(3, "meeting", "cancelled", When, "Ana") { EntityKey = meeting, Subject = "Plenaria de noviembre" },
            new(2, "meeting_record", "published", When, "Ana") { EntityKey = meeting, Subject = "Plenaria de octubre" },
            new(1, "action_item", "progressed", When, null) { EntityKey = item, Subject = "Mapa de riesgos" },
        ];

        var feed = Render<ActivityFeed>("es", p => p.Add(c => c.Entries, entries).Add(c => c.GroupId, Group).Add(c => c.Clock, ViewerClock.Utc));

        var lines = feed.FindAll("ol.activity li").Select(li => Sentence(li.TextContent)).ToList();
        Assert.Equal("Ana canceló la reunión Plenaria de noviembre.", lines[0]);
        Assert.Equal("Ana publicó el acta de Plenaria de octubre.", lines[1]);
        Assert.Equal("Alguien informó avances en Mapa de riesgos.", lines[2]);
        Assert.Equal(
            [$"/groups/{Group}/meetings/{meeting}", $"/groups/{Group}/meetings/{meeting}/record", $"/groups/{Group}/actions/{item}"],
            feed.FindAll("ol.activity li a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("en", "Ana made a change to Plenary.")]
    [InlineData("fr", "Ana a apporté une modification à Plenary.")]
    public void Render_AnActionNoSentenceCoversYet_ReadsAsAChangeNotAStoredKey(string culture, string expected)
    {
        ActivityView[] entries = [new(1, "meeting", "quorum_checked", When, "Ana") { EntityKey = Guid.NewGuid().ToString("D"), Subject = "Plenary" }];

        var feed = Render<ActivityFeed>(culture, p => p.Add(c => c.Entries, entries).Add(c => c.GroupId, Group).Add(c => c.Clock, ViewerClock.Utc));

        var line = Sentence(feed.Find("ol.activity li").TextContent);
        Assert.Equal(expected, line);
        Assert.DoesNotContain("quorum", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ADonorPortfolioEntry_NamesNoDonorAndNoKey()
    {
        ActivityView[] entries = [new(1, "donor", "portfolio.group_added", When, "Admin") { EntityKey = "user-emily" }];

        var feed = Render<ActivityFeed>("en", p => p.Add(c => c.Entries, entries).Add(c => c.GroupId, Group).Add(c => c.Clock, ViewerClock.Utc));

        Assert.Equal("Admin added the group to a donor's portfolio.", Sentence(feed.Find("ol.activity li").TextContent));
        Assert.Empty(feed.FindAll("ol.activity li a"));
    }

    /// <summary>The sentence after the time and its separator, with the markup's line breaks folded.</summary>
    private static string Sentence(string text) => Spaces().Replace(text, " ").Trim().Split(" · ", 2)[1];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
