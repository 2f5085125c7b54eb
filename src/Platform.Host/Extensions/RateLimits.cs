using System.Threading.RateLimiting;
using Platform.Web.Accounts;

namespace Platform.Host.Extensions;

/// <summary>
/// Form posts that guess secrets (sign-in, first-run setup, invitations, password reset) are limited per client
/// address. Pages opt in with <c>[EnableRateLimiting(AccountRateLimits.Policy)]</c>; only their posts count,
/// so reading the form never uses up an attempt.
/// </summary>
internal static class RateLimits
{
    public const int PostsPerMinute = 10;

    public static WebApplicationBuilder AddPlatformRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(AccountRateLimits.Policy, context =>
                HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = PostsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return builder;
    }
}
