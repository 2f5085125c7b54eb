using Platform.Web.Components.Layout;

namespace Platform.Web.Tests.Layout;

public sealed class MainLayoutTests : ComponentTest
{
    private IRenderedComponent<MainLayout> RenderLayout(string culture)
    {
        At("/groups?tab=members");
        return Render<MainLayout>(culture, p => p.Add(c => c.Body, "<h1>Page</h1>"));
    }

    [Theory]
    [InlineData("es", "Saltar al contenido", "Navegación principal", "Idioma")]
    [InlineData("fr", "Aller au contenu", "Navigation principale", "Langue")]
    public void Render_InCulture_SkipLinkNavigationAndSwitcherAreTranslated(string culture, string skip, string navigation, string language)
    {
        var layout = RenderLayout(culture);

        var skipLink = layout.Find("a.skip-link");
        Assert.Equal(skip, skipLink.TextContent);
        Assert.Equal("/groups?tab=members#main", skipLink.GetAttribute("href"));
        layout.Find("main#main").InnerHtml.MarkupMatches("<h1>Page</h1>");
        Assert.Equal(navigation, layout.Find("nav").GetAttribute("aria-label"));
        Assert.Equal(language, layout.Find("label[for=culture-select]").TextContent);
    }

    [Fact]
    public void Render_LanguageSwitcher_PostsCurrentPageBackWithoutJavaScript()
    {
        var layout = RenderLayout("fr");

        var form = layout.Find("form.language-switcher");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/culture", form.GetAttribute("action"));
        Assert.Equal("/groups?tab=members", form.QuerySelector("input[name=returnUrl]")?.GetAttribute("value"));
        Assert.Equal("fr", form.QuerySelector("option[selected]")?.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
    }

    [Fact]
    public void Render_Anonymous_OffersSignInNotSignOut()
    {
        var layout = RenderLayout("en");

        Assert.NotEmpty(layout.FindAll("nav a[href='/account/sign-in']"));
        Assert.Empty(layout.FindAll("form[action='/account/sign-out']"));
    }
}
