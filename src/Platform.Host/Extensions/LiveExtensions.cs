using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Grains.ActionItems;
using Platform.Grains.WorkingGroups;
using Platform.Host.Live;
using Platform.Web.Access;
using Platform.Web.Components.ActionItems;
using Platform.Web.Components.Meetings;
using Platform.Web.Meetings;
using Platform.Web.Components.WorkingGroups;
using Platform.Web.Forms;

namespace Platform.Host.Extensions;

/// <summary>Live updates: the hub, the event forwarder, and the fragments a page re-fetches when told something changed.</summary>
internal static class LiveExtensions
{
    public const string HubPath = "/hub";

    public static WebApplicationBuilder AddLive(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR();
        builder.Services.AddSingleton<LiveSubscriptions>();
        builder.Services.AddSingleton<IStartupFilter>(new LiveOrigin(HubPath));
        builder.Services.AddHostedService<LiveForwarder>();
        return builder;
    }

    public static WebApplication MapLive(this WebApplication app)
    {
        app.MapHub<LiveHub>(HubPath).RequireAuthorization();

        // Fragments go through the same group policy as the page they belong to: the hub only says "look again".
        var fragments = app.MapGroup("/groups/{groupId:guid}/fragments").RequireAuthorization(AccessPolicies.ViewGroup);
        fragments.MapGet("/activity", async (Guid groupId, HttpContext http, WorkingGroupQueries queries) =>
            new RazorComponentResult<ActivityFeed>(new
            {
                Entries = await queries.ActivityAsync(groupId, 20, http.RequestAborted),
                http.User,
            }));
        fragments.MapGet("/actions", async (Guid groupId, string? org, string? person, string? overdue, HttpContext http, ActionItemQueries queries) =>
        {
            var filter = new BoardFilter(
                Guid.TryParse(org, out var organisation) ? organisation : null, string.IsNullOrEmpty(person) ? null : person, QueryValue.Flag(overdue));
            return new RazorComponentResult<ActionBoardColumns>(new { Items = await queries.BoardAsync(groupId, filter, http.RequestAborted) });
        });
        fragments.MapGet("/meetings", (Guid groupId, string? month, HttpContext http, TimeProvider time) =>
        {
            var zone = MeetingClock.ViewerZone(http.User);
            return new RazorComponentResult<MeetingMonth>(new
            {
                GroupId = groupId,
                Month = MeetingClock.Month(month, time.GetUtcNow(), zone),
                ViewerZone = zone,
            });
        });
        return app;
    }
}
