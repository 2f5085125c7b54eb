namespace Platform.Host.Live;

/// <summary>
/// Refuses a hub request whose Origin is another site: a WebSocket carries the victim's cookie whatever page opens it
/// (cross-site WebSocket hijacking), and CORS does not apply to WebSockets. No Origin (a non-browser client) is let
/// through to the cookie check. A startup filter puts it first in the pipeline, ahead of authentication and antiforgery.
/// </summary>
internal sealed class LiveOrigin(PathString hubPath) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Path.StartsWithSegments(hubPath)
                && context.Request.Headers.Origin is { Count: > 0 } origin
                && !IsSameSite(origin.ToString(), context.Request))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }

            return nextMiddleware(context);
        });
        next(app);
    };

    private static bool IsSameSite(string origin, HttpRequest request) =>
        string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);
}
