using AngleSharp.Dom;
using Microsoft.AspNetCore.Components;
using Platform.Web.Components.Layout;

namespace Platform.Web.Tests.Layout;

public sealed class MainLayoutTests
{
    private static Task<IDocument> RenderLayout(string culture) =>
        ComponentRenderer.Render<MainLayout>(culture, p => p[nameof(MainLayout.Body)] = (RenderFragment)(b => b.AddMarkupContent(0, "<h1>Page</h1>")));

    [Theory]
    [InlineData("es", "Saltar al contenido", "Navegación principal", "Idioma")]
    [InlineData("fr", "Aller au contenu", "Navigation principale", "Langue")]
    public async Task Render_InCulture_SkipLinkNavigationAndSwitcherAreTranslated(string culture, string skip, string navigation, string language)
    {
        var document = await RenderLayout(culture);

        var skipLink = document.QuerySelector("a.skip-link");
        Assert.Equal(skip, skipLink?.TextContent);
        Assert.Equal("#main", skipLink?.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("main#main h1"));
        Assert.Equal(navigation, document.QuerySelector("nav")?.GetAttribute("aria-label"));
        Assert.Equal(language, document.QuerySelector("label[for=culture-select]")?.TextContent);
    }

    [Fact]
    public async Task Render_LanguageSwitcher_PostsCurrentPageBackWithoutJavaScript()
    {
        var document = await RenderLayout("fr");

        var form = document.QuerySelector("form.language-switcher");
        Assert.Equal("post", form?.GetAttribute("method"));
        Assert.Equal("/culture", form?.GetAttribute("action"));
        Assert.Equal("/groups?tab=members", form?.QuerySelector("input[name=returnUrl]")?.GetAttribute("value"));
        Assert.Equal("fr", form?.QuerySelector("option[selected]")?.GetAttribute("value"));
        Assert.NotNull(form?.QuerySelector("button[type=submit]"));
    }

    [Fact]
    public async Task Render_Anonymous_OffersSignInNotSignOut()
    {
        var document = await RenderLayout("en");

        Assert.NotNull(document.QuerySelector("nav a[href='/account/sign-in']"));
        Assert.Null(document.QuerySelector("form[action='/account/sign-out']"));
    }
}
