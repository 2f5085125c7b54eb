namespace Platform.Host.Pipeline;

/// <summary>
/// Issue 11: every response the application writes (pages, fragments, CSV, .ics, the notification count, JSON, redirects,
/// errors) may carry a working group's data, so no browser, shared computer or proxy may keep a copy. Set as the response
/// starts, so no endpoint can loosen it; the one exception is the static assets' endpoints (<see cref="StaticAssets"/>),
/// the only responses that may be cached.
/// </summary>
internal static class NoStore
{
    public static IApplicationBuilder UseNoStore(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var http = (HttpContext)state;
                if (StaticAssets.Serves(http.GetEndpoint()))
                {
                    return Task.CompletedTask;
                }

                var headers = http.Response.Headers;
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
                return Task.CompletedTask;
            }, context);
            return next(context);
        });
}
