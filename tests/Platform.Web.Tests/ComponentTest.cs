using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Platform.Messages.Localization;

namespace Platform.Web.Tests;

/// <summary>
/// A bUnit context with what every component here needs: the resx localisation and, outside a request, no antiforgery
/// token. bUnit supplies the NavigationManager (at <c>http://localhost/</c>); a test moves it with <see cref="At"/>.
/// </summary>
public abstract class ComponentTest : BunitContext
{
    protected ComponentTest()
    {
        Services.AddLocalization();
        Services.AddSingleton<AntiforgeryStateProvider, NoAntiforgery>();
    }

    /// <summary>The localizer the components use, for building expected messages in a culture.</summary>
    protected IStringLocalizer<Text> Text => Services.GetRequiredService<IStringLocalizer<Text>>();

    /// <summary>Renders with typed parameters, in <paramref name="culture"/> (formats and words), as a request in that language would.</summary>
    protected IRenderedComponent<TComponent> Render<TComponent>(string culture, Action<ComponentParameterCollectionBuilder<TComponent>> parameters)
        where TComponent : IComponent
    {
        using (Culture.Use(culture))
        {
            return Render(parameters);
        }
    }

    /// <summary>Components render as if the request were for <paramref name="relativeUri"/>.</summary>
    protected void At(string relativeUri) => Services.GetRequiredService<NavigationManager>().NavigateTo(relativeUri);

    /// <summary>Outside a request there is no antiforgery token to render.</summary>
    private sealed class NoAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => null;
    }
}
