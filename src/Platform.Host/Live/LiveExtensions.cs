using Platform.Grains.Hosting;

namespace Platform.Host.Live;

/// <summary>
/// Live updates: the hub and the relay of live signals across the cluster. The fragments a page re-fetches when told
/// something changed live beside their pages (<see cref="Platform.Web.ActionItems.ActionItemEndpoints"/> and its kin).
/// </summary>
internal static class LiveExtensions
{
    public const string HubPath = "/hub";

    public static WebApplicationBuilder AddLive(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR();
        builder.Services.AddSingleton<LiveSubscriptions>();
        builder.Services.AddLiveRelay<LiveDelivery>();
        builder.Services.AddSingleton<LiveSessions>();
        builder.Services.AddHostedService<LiveSessionSweeper>();
        return builder;
    }

    public static WebApplication MapLive(this WebApplication app)
    {
        app.MapHub<LiveHub>(HubPath).RequireAuthorization();

        return app;
    }
}
