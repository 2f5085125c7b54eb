using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Platform.Grains.Calendar;

namespace Platform.Web.Calendar;

/// <summary>iCalendar: one meeting as a download, and each person's secret subscription feed.</summary>
public static class CalendarEndpoints
{
    public const string FeedRateLimit = "calendar-feed";

    /// <summary>A base64url token of 32 bytes is 43 characters; anything much longer is not ours and is not hashed.</summary>
    private const int MaxTokenLength = 100;

    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/groups/{groupId:guid}/meetings/{meetingId:guid}/ics", MeetingAsync)
            .WithName("MeetingIcs")
            .RequireAuthorization(AccessPolicies.ViewGroup);
        // The token travels in the query string on purpose: the nginx sample (infra/) logs paths, never query strings.
        app.MapGet("/calendar.ics", FeedAsync)
            .WithName("CalendarFeed")
            .AllowAnonymous()
            .RequireRateLimiting(FeedRateLimit);
        return app;
    }

    /// <summary>One meeting as an .ics download. The ViewGroup policy has checked the person and that the meeting is the route group's.</summary>
    private static async Task<IResult> MeetingAsync(
        Guid groupId, Guid meetingId, CalendarQueries queries, PublicUrl urls, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await queries.MeetingAsync(groupId, meetingId, cancellationToken) is not { } meeting)
        {
            return Results.NotFound();
        }

        var text = IcsWriter.Write([meeting], urls.For(""), time.GetUtcNow());
        // Named by the meeting's own date where it takes place (an evening in Bogotá is the next day in UTC).
        var day = Instant.FromDateTimeOffset(meeting.Start).InZone(DateTimeZoneProviders.Tzdb.GetZoneOrNull(meeting.TimeZone) ?? DateTimeZone.Utc).Date;
        var name = "meeting-" + ViewerClock.Machine(day) + ".ics";
        return Results.File(System.Text.Encoding.UTF8.GetBytes(text), IcsWriter.ContentType, name);
    }

    /// <summary>Every meeting of every group the token's owner sits in now; unknown and revoked tokens get a bare 404.</summary>
    private static async Task<IResult> FeedAsync(
        HttpContext context,
        [FromQuery] string? token,
        CalendarSubscriptionStore subscriptions,
        CalendarQueries queries,
        UserManager<User> users,
        IStringLocalizer<Text> text,
        PublicUrl urls,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var owner = token is { Length: > 0 and <= MaxTokenLength } ? await subscriptions.OwnerAsync(token, cancellationToken) : null;
        if (owner is null || await users.FindByIdAsync(owner) is not { } user)
        {
            // No page, no reason: a guessed or revoked link learns nothing.
            context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
            return Results.NotFound();
        }

        var now = time.GetUtcNow();
        var events = await queries.FeedAsync(owner, now, cancellationToken);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(SupportedCultures.Match(user.PreferredLanguage) ?? SupportedCultures.Default);
        var body = IcsWriter.Write(events, urls.For(""), now, text["Calendar.FeedName"]);
        return Results.Text(body, IcsWriter.ContentType, System.Text.Encoding.UTF8);
    }
}
