using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.Web.WorkingGroups;

/// <summary>The group page's activity feed as a fragment, re-fetched when the hub says the group changed.</summary>
public static class WorkingGroupEndpoints
{
    public static IEndpointRouteBuilder MapWorkingGroupEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroupFragments().MapGet("/activity", async (Guid groupId, HttpContext http, WorkingGroupQueries queries) =>
            new RazorComponentResult<ActivityFeed>(new Dictionary<string, object?>
            {
                [nameof(ActivityFeed.Entries)] = await queries.ActivityAsync(groupId, 20, http.RequestAborted),
                [nameof(ActivityFeed.GroupId)] = groupId,
                [nameof(ActivityFeed.Clock)] = ViewerClock.For(http.User),
            }));
        return app;
    }
}
