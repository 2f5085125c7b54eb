using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Web.Localization;

namespace Platform.Web.Tests;

/// <summary>bUnit-style rendering over the framework's HtmlRenderer: render a component, query the markup with AngleSharp.</summary>
public static class ComponentRenderer
{
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddLocalization()
        .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
        .AddSingleton<AntiforgeryStateProvider, NoAntiforgery>()
        .AddSingleton<NavigationManager, FixedNavigation>()
        .BuildServiceProvider();

    /// <summary>The localizer the components use, for building expected messages in a culture.</summary>
    public static IStringLocalizer<Text> Text => Services.GetRequiredService<IStringLocalizer<Text>>();

    public static async Task<IDocument> Render<TComponent>(string culture, Action<Dictionary<string, object?>>? parameters = null)
        where TComponent : IComponent
    {
        var values = new Dictionary<string, object?>();
        parameters?.Invoke(values);
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            await using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
            var html = await renderer.Dispatcher.InvokeAsync(async () =>
                (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(values))).ToHtmlString());
            return new HtmlParser().ParseDocument(html);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    /// <summary>Components render as if the request were for <c>/groups?tab=members</c>.</summary>
    private sealed class FixedNavigation : NavigationManager
    {
        public FixedNavigation() => Initialize("http://localhost/", "http://localhost/groups?tab=members");
    }

    /// <summary>Outside a request there is no antiforgery token to render.</summary>
    private sealed class NoAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => null;
    }
}
