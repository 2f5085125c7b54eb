using System.Threading.RateLimiting;

namespace Platform.Host.Extensions;

/// <summary>
/// Form posts that guess secrets (sign-in, first-run setup, password reset) are limited per client address;
/// everything else is unlimited. One global limiter keeps the list of guarded paths in one place.
/// </summary>
internal static class RateLimits
{
    public const int PostsPerMinute = 10;

    public static readonly IReadOnlyList<string> GuardedPaths =
        ["/account/sign-in", "/setup", "/account/forgot-password", "/account/reset-password", "/account/accept-invitation"];

    public static WebApplicationBuilder AddPlatformRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsGuarded(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = PostsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return builder;
    }

    private static bool IsGuarded(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) &&
        GuardedPaths.Any(path => request.Path.Equals(path, StringComparison.OrdinalIgnoreCase));
}
