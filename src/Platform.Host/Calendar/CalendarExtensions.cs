using Platform.Web.Calendar;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Platform.Grains.Calendar;

namespace Platform.Host.Calendar;

internal static class CalendarExtensions
{
    /// <summary>Feed fetches per minute for one token (or, without a token, one client address).</summary>
    public const int FeedFetchesPerMinute = 10;

    /// <summary>Calendar queries, subscription tokens and the feed's rate limit. Needs <c>AddPlatformGrains</c> for the journal.</summary>
    public static WebApplicationBuilder AddCalendar(this WebApplicationBuilder builder)
    {
        // A calendar client polls every few hours; ten a minute per token leaves room for someone pressing refresh
        // while keeping one leaked or looping subscription from hammering the database. Shared calendar servers
        // (Google, Outlook) fetch many people's feeds from one address, so the partition is the token, not the address.
        builder.Services.Configure<RateLimiterOptions>(options => options.AddPolicy(CalendarEndpoints.FeedRateLimit, context =>
            RateLimitPartition.GetFixedWindowLimiter(
                context.Request.Query["token"].ToString() is { Length: > 0 } token
                    ? "token:" + OneTimeToken.HashOf(token)
                    : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = FeedFetchesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        return builder;
    }
}
