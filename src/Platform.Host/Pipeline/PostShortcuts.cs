using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Extensions;
using Platform.Web.Forms;

namespace Platform.Host.Pipeline;

/// <summary>
/// Runs <see cref="PostShortcutAttribute"/>s. The shortcut wraps the page's own endpoint, so it runs only after
/// everything the page's post passes today: the session check, rate limits, the page's authorisation policy and the
/// antiforgery middleware. It takes a post only when that middleware found the token valid and the post names the
/// shortcut's form; a refused token, another form, or a command the shortcut declines goes to the page unchanged.
/// The page itself renders a successful post whole before its redirect (layout, navigation counts, the form and the
/// item it loads), which is most of the write path's cost; the shortcut answers the same redirect without rendering.
/// </summary>
internal static class PostShortcuts
{
    public static RazorComponentsEndpointConventionBuilder WithPostShortcuts(this RazorComponentsEndpointConventionBuilder pages)
    {
        pages.Add(endpoint =>
        {
            var shortcuts = endpoint.Metadata.OfType<PostShortcutAttribute>()
                .ToDictionary(s => s.FormName, s => ActivatorUtilities.CreateFactory(s.Handler, Type.EmptyTypes), StringComparer.Ordinal);
            if (shortcuts.Count > 0 && endpoint.RequestDelegate is { } page)
            {
                endpoint.RequestDelegate = context => RunAsync(context, shortcuts, page);
            }
        });
        return pages;
    }

    private static async Task RunAsync(HttpContext context, Dictionary<string, ObjectFactory> shortcuts, RequestDelegate page)
    {
        // The feature first: with a refused token, even asking whether the body is a form throws (the page answers 400).
        if (HttpMethods.IsPost(context.Request.Method)
            && context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: true }
            && context.Request.HasFormContentType)
        {
            // Already read (and checked) by the form guard: this is the buffered form, not a second read of the body.
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (form["_handler"] is { Count: 1 } name && shortcuts.TryGetValue(name.ToString(), out var create)
                && await ((IPostShortcut)create(context.RequestServices, null)).RunAsync(context, form) is { } location)
            {
                context.Response.Redirect(Absolute(context.Request, location));
                return;
            }
        }

        await page(context);
    }

    // As the page's NavigationManager.NavigateTo resolves it, so the Location header is the one the page sends.
    private static string Absolute(HttpRequest request, string location)
    {
        var root = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase);
        return new Uri(new Uri(root.EndsWith('/') ? root : root + "/"), location).AbsoluteUri;
    }
}
