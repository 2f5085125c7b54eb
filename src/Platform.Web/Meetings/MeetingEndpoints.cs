using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.Web.Meetings;

/// <summary>The group's month of meetings as a fragment, re-fetched when the hub says a meeting changed.</summary>
public static class MeetingEndpoints
{
    public static IEndpointRouteBuilder MapMeetingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroupFragments().MapGet("/meetings", (Guid groupId, string? month, HttpContext http, TimeProvider time) =>
        {
            var clock = ViewerClock.For(http.User);
            return new RazorComponentResult<MeetingMonth>(new { GroupId = groupId, Month = MeetingClock.Month(month, time.GetUtcNow(), clock), Clock = clock });
        });
        return app;
    }
}
