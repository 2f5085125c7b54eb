using Platform.Web;
using Platform.Web.Accounts.TwoStep;

namespace Platform.Host.Pipeline;

internal static class WebExtensions
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplicationBuilder AddWeb(this WebApplicationBuilder builder)
    {
        // Static web assets (client libraries from npm, css) are served from the build output in every environment.
        builder.WebHost.UseStaticWebAssets();
        // A host run from its build output (dotnet run, the cluster script) serves them through ASP.NET's development handler,
        // which marks every asset no-cache; outside Development the fingerprinted names are as immutable as published ones.
        if (!builder.Environment.IsDevelopment())
        {
            builder.Configuration["EnableStaticAssetsDevelopmentCaching"] ??= "true";
        }

        // Loopback by default; --urls, ASPNETCORE_URLS or "Urls" in configuration choose another address or port.
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddRazorComponents();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.Services.AddAntiforgery(options =>
        {
            var development = builder.Environment.IsDevelopment();
            options.Cookie.Name = development ? "rt-af" : "__Host-rt-af";
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.AddTrustedProxies();
        builder.AddPlatformLocalization();
        builder.AddPlatformRateLimits();
        return builder;
    }

    public static WebApplication UsePlatformPipeline(this WebApplication app)
    {
        // The intake marker first, so nothing logs a public report's request; then forwarded headers: everything after it (the hub's Origin check, rate limits, secure cookies) must see the client's own
        // address, scheme and host as the trusted proxy reported them, not the proxy's.
        app.UseIntakeMarker();
        app.UseForwardedHeaders();
        app.UseLiveOrigin(LiveExtensions.HubPath);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseNoStore();
        app.UseFormGuard();
        app.UseRouting();
        app.UseAuthentication();
        app.UseRequestLocalization();
        app.UseAccountAttemptKeys();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseTwoStepGate();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapPlatformEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapCultureEndpoint();
        // Before the pages: their Assets[…] links resolve to the fingerprinted names this maps.
        app.MapPlatformStaticAssets();
        app.MapRazorComponents<App>().WithPostShortcuts();
        // Unknown paths answer 404 for everyone (the status-code page renders it), rather than a sign-in challenge.
        app.MapFallback("{*path}", () => Results.NotFound()).AllowAnonymous();
        return app;
    }
}
