using System.Threading.RateLimiting;

namespace Platform.Host.Pipeline;

/// <summary>
/// Form posts that guess secrets (sign-in, first-run setup, invitations, password reset) are limited per client
/// address. Pages opt in with <c>[EnableRateLimiting(AccountRateLimits.Policy)]</c>; only their posts count,
/// so reading the form never uses up an attempt. Sign-in is also limited per account
/// (<see cref="LimitPerAccountAttribute"/>), so rotating addresses does not buy more guesses at one person's password.
/// Every 429 says in Retry-After when to try again.
/// </summary>
internal static class RateLimits
{
    public const int PostsPerMinute = 10;

    /// <summary>Sign-in posts per account and window, whatever the address: twice the lockout's five failures.</summary>
    public const int PostsPerAccount = 10;

    public static readonly TimeSpan AccountWindow = TimeSpan.FromMinutes(15);

    private const string AccountKey = "rt.rate-limit-account";

    public static WebApplicationBuilder AddPlatformRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, _) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                if (IntakeLogSilence.IsIntake(context.HttpContext))
                {
                    await IntakeLimits.WriteRefusalAsync(context.HttpContext, wait);
                }
            };
            options.AddIntakePolicies();
            options.AddPolicy(AccountRateLimits.Policy, context =>
                HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = PostsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    context.Items[AccountKey] is string account
                        ? RateLimitPartition.GetFixedWindowLimiter(
                            account,
                            _ => new FixedWindowRateLimiterOptions { PermitLimit = PostsPerAccount, Window = AccountWindow, QueueLimit = 0 })
                        : RateLimitPartition.GetNoLimiter(string.Empty)),
                IntakeLimits.SiteWide());
        });
        return builder;
    }

    /// <summary>
    /// Before the rate limiter: on a post to a page marked <see cref="LimitPerAccountAttribute"/>, reads the form and
    /// names the account (normalised as Identity looks it up) for the per-account limit. Needs routing to have run.
    /// </summary>
    public static IApplicationBuilder UseAccountAttemptKeys(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType
                && context.GetEndpoint()?.Metadata.GetMetadata<LimitPerAccountAttribute>() is { } limit)
            {
                var form = await ReadFormAsync(context);
                if (form?[limit.Field].ToString().Trim() is { Length: > 0 } account)
                {
                    context.Items[AccountKey] = context.RequestServices.GetRequiredService<ILookupNormalizer>().NormalizeEmail(account);
                }
            }

            try
            {
                await next(context);
            }
            finally
            {
                // A status-code page re-executes the pipeline for the same request; it must not count the attempt twice.
                context.Items.Remove(AccountKey);
            }
        });

    // A malformed body is left for the page's own form handling to refuse; the limit just does not apply to it.
    private static async Task<IFormCollection?> ReadFormAsync(HttpContext context)
    {
        try
        {
            return await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return null;
        }
    }
}
