using AngleSharp.Html.Parser;
using Platform.Web.Markdown;

namespace Platform.Web.Tests.Markdown;

public sealed class SafeMarkdownTests
{
    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JAVASCRIPT:alert(1))")]
    [InlineData("[click](java\tscript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click][ref]\n\n[ref]: vbscript:msgbox")]
    [InlineData("<javascript:alert(1)>")]
    public void ToHtml_LinkWithScriptingScheme_LosesItsTarget(string markdown)
    {
        var document = new HtmlParser().ParseDocument(SafeMarkdown.ToHtml(markdown));

        var hrefs = document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.All(hrefs, href => Assert.DoesNotContain("script", href, StringComparison.OrdinalIgnoreCase));
        Assert.All(hrefs, href => Assert.DoesNotContain("data:", href, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ToHtml_RawHtml_IsShownAsTextNotMarkup()
    {
        var html = SafeMarkdown.ToHtml("Terms <script>alert(1)</script> and <img src=x onerror=alert(1)>");

        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script, img"));
        Assert.Contains("<script>", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[VPs](https://www.voluntaryprinciples.org)", "https://www.voluntaryprinciples.org")]
    [InlineData("[write](mailto:secretariat@example.org)", "mailto:secretariat@example.org")]
    [InlineData("[minutes](/groups/1/minutes)", "/groups/1/minutes")]
    public void ToHtml_OrdinaryLinks_AreKept(string markdown, string expected)
    {
        var document = new HtmlParser().ParseDocument(SafeMarkdown.ToHtml(markdown));

        Assert.Equal(expected, document.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public void ToHtml_Headings_AndListsRender()
    {
        var document = new HtmlParser().ParseDocument(SafeMarkdown.ToHtml("## Purpose\n\n- meet monthly\n- decide together"));

        Assert.Equal("Purpose", document.QuerySelector("h2")?.TextContent);
        Assert.Equal(2, document.QuerySelectorAll("li").Length);
    }

    [Fact]
    public void ToHtml_InsideSection_HeadingsNestBelowIt()
    {
        var top = new HtmlParser().ParseDocument(SafeMarkdown.ToHtml("# Purpose\n\n## Membership\n\n###### Deep", sectionLevel: 2));
        var second = new HtmlParser().ParseDocument(SafeMarkdown.ToHtml("## Objetivo\n\n### Detalle", sectionLevel: 2));

        Assert.Equal(["H3", "H4", "H6"], top.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.TagName).ToArray());
        Assert.Equal(["H3", "H4"], second.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.TagName).ToArray());
    }
}
