namespace Platform.Host.Live;

/// <summary>
/// Refuses a hub request whose Origin is another site: a WebSocket carries the victim's cookie whatever page opens it
/// (cross-site WebSocket hijacking), and CORS does not apply to WebSockets. No Origin (a non-browser client) is let
/// through to the cookie check. It runs right after the forwarded headers, ahead of authentication and antiforgery:
/// behind a TLS proxy the browser's Origin is https://public-host, which only the forwarded scheme and host match.
/// </summary>
internal static class LiveOrigin
{
    public static IApplicationBuilder UseLiveOrigin(this IApplicationBuilder app, PathString hubPath) =>
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(hubPath)
                && context.Request.Headers.Origin is { Count: > 0 } origin
                && !IsSameSite(origin.ToString(), context.Request))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }

            return next(context);
        });

    private static bool IsSameSite(string origin, HttpRequest request) =>
        string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);
}
