namespace Platform.Host.Pipeline;

/// <summary>Headers that every response carries: no inline script, no framing, no MIME sniffing, no referrer leaks.</summary>
internal static class SecurityHeaders
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /// <summary>
    /// The same for the jobs dashboard, plus the hash of the one <c>&lt;style&gt;</c> element its charts (Chart.js) insert;
    /// no other page allows it.
    /// </summary>
    private const string DashboardContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-z7zcnw/4WalZqx+PrNaRnoeLz/G9WXuFqV1WCJ129sg='; " +
        "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; " +
        "base-uri 'self'; object-src 'none'";

    /// <summary>
    /// When work accounts are configured, forms may also lead to the provider: starting a sign-in posts here and is
    /// answered with a redirect there, which form-action governs too.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var provider = app.ApplicationServices.GetService<WorkAccountSettings>()?.FormOrigin;
        var pages = WithFormOrigin(ContentSecurityPolicy, provider);
        return app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(JobExtensions.DashboardPath, StringComparison.OrdinalIgnoreCase)
                ? DashboardContentSecurityPolicy
                : pages;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return next(context);
        });
    }

    private static string WithFormOrigin(string policy, string? origin) =>
        origin is null ? policy : policy.Replace("form-action 'self'", $"form-action 'self' {origin}", StringComparison.Ordinal);
}
