using Platform.Web;

namespace Platform.Host.Extensions;

internal static class WebExtensions
{
    public static WebApplicationBuilder AddWeb(this WebApplicationBuilder builder)
    {
        // Static web assets (client libraries from npm, css) are served from the build output in every environment.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents();
        builder.Services.AddLocalization();
        return builder;
    }

    public static WebApplication UsePlatformPipeline(this WebApplication app)
    {
        app.UseStaticFiles();
        app.UseAccounts();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapPlatformEndpoints(this WebApplication app)
    {
        app.MapRazorComponents<App>();
        return app;
    }
}
