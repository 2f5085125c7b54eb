using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Grains.Access;
using Platform.Grains.ActionItems;
using Platform.Grains.Hosting;
using Platform.Grains.WorkingGroups;
using Platform.Host.Live;
using Platform.Web.Access;
using Platform.Web.ActionItems;
using Platform.Web.Meetings;
using Platform.Web.WorkingGroups;
using Platform.Web.Localization;
using Platform.Web.Forms;

namespace Platform.Host.Extensions;

/// <summary>Live updates: the hub, the relay of live signals across the cluster, and the fragments a page re-fetches when told something changed.</summary>
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

        // Fragments go through the same group policy as the page they belong to: the hub only says "look again".
        var fragments = app.MapGroup("/groups/{groupId:guid}/fragments").RequireAuthorization(AccessPolicies.ViewGroup);
        fragments.MapGet("/activity", async (Guid groupId, HttpContext http, WorkingGroupQueries queries) =>
            new RazorComponentResult<ActivityFeed>(new Dictionary<string, object?>
            {
                [nameof(ActivityFeed.Entries)] = await queries.ActivityAsync(groupId, 20, http.RequestAborted),
                [nameof(ActivityFeed.GroupId)] = groupId,
                [nameof(ActivityFeed.Clock)] = ViewerClock.For(http.User),
            }));
        fragments.MapGet("/actions", async (Guid groupId, string? org, string? person, string? overdue, string? q, string? sort, HttpContext http, ActionItemQueries queries) =>
        {
            var query = BoardQuery.Read(org, person, overdue, q, sort);
            var items = query.List.Apply(await queries.BoardAsync(groupId, query.Filter, http.RequestAborted));
            return new RazorComponentResult<ActionBoardColumns>(new { Items = items, Searched = query.List.Text.Length > 0 });
        });
        fragments.MapGet("/actions/{itemId:guid}", async Task<IResult> (Guid groupId, Guid itemId, HttpContext http, IGrainFactory grains, ActionItemQueries queries, ActionItemHistory history, GroupAccess access) =>
            await ActionItemBodyModel.LoadAsync(grains, queries, history, access, groupId, itemId, http.User) is { } model
                ? new RazorComponentResult<ActionItemBody>(new { Model = model })
                : Results.NotFound());

        // A person's own list: nothing in the address says whose, the sign-in does.
        app.MapGet(MyActions.FragmentPath, async (string? view, string? q, string? sort, HttpContext http, ActionItemQueries queries) =>
        {
            var query = ActionListQuery.Read(q, sort);
            var items = await MyActionsList.LoadAsync(queries, ViewerTime.UserId(http.User) ?? "", view == "organisation", query, http.RequestAborted);
            return new RazorComponentResult<MyActionsList>(new { Items = items, Query = query });
        }).RequireAuthorization();
        fragments.MapGet("/meetings", (Guid groupId, string? month, HttpContext http, TimeProvider time) =>
        {
            var clock = ViewerClock.For(http.User);
            return new RazorComponentResult<MeetingMonth>(new Dictionary<string, object?>
            {
                [nameof(MeetingMonth.GroupId)] = groupId,
                [nameof(MeetingMonth.Month)] = MeetingClock.Month(month, time.GetUtcNow(), clock),
                [nameof(MeetingMonth.Clock)] = clock,
            });
        });
        return app;
    }
}
