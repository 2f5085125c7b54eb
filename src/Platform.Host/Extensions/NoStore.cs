namespace Platform.Host.Extensions;

/// <summary>
/// Issue 11: every response the application writes (pages, fragments, CSV, .ics, the notification count, JSON, redirects,
/// errors) may carry a working group's data, so no browser, shared computer or proxy may keep a copy. Placed after the
/// static files, which are the only responses that may be cached; set as the response starts, so no endpoint can loosen it.
/// </summary>
internal static class NoStore
{
    public static IApplicationBuilder UseNoStore(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpContext)state).Response.Headers;
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
                return Task.CompletedTask;
            }, context);
            return next(context);
        });
}
