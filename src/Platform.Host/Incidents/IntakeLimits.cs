using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Platform.Messages.Localization;

namespace Platform.Host.Incidents;

/// <summary>
/// Posts to the public intake: per client address (the partition key lives only in the limiter's memory) and, whatever
/// the address, one cap for the whole site, so guessing receipt codes from many addresses is as slow as from one. Each
/// code check costs a PBKDF2 derivation, so the cap also bounds the CPU the public can spend.
/// </summary>
internal static class IntakeLimits
{
    public const int PostsPerAddress = 10;

    public static readonly TimeSpan AddressWindow = TimeSpan.FromMinutes(15);

    public const int PostsPerMinuteForEveryone = 60;

    public static void AddIntakePolicies(this RateLimiterOptions options)
    {
        options.AddPolicy(IntakeRateLimits.Report, context => PerAddress(context, IntakeRateLimits.Report));
        options.AddPolicy(IntakeRateLimits.Code, context => PerAddress(context, IntakeRateLimits.Code));
    }

    /// <summary>The site-wide cap, chained into the global limiter.</summary>
    public static PartitionedRateLimiter<HttpContext> SiteWide() =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
            HttpMethods.IsPost(context.Request.Method) && PolicyOf(context) is { } policy
                ? RateLimitPartition.GetFixedWindowLimiter(
                    policy,
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = PostsPerMinuteForEveryone, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(string.Empty));

    private static RateLimitPartition<string> PerAddress(HttpContext context, string policy) =>
        HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                policy + "|" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = PostsPerAddress, Window = AddressWindow, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter(string.Empty);

    private static string? PolicyOf(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName switch
        {
            IntakeRateLimits.Report => IntakeRateLimits.Report,
            IntakeRateLimits.Code => IntakeRateLimits.Code,
            _ => null,
        };

    /// <summary>The refusal as a page in the reader's language (the public form's readers are not developers reading a status code).</summary>
    public static async Task WriteRefusalAsync(HttpContext context, TimeSpan wait)
    {
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<Text>>();
        var html = HtmlEncoder.Default;
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var title = html.Encode(text["Intake.TooMany.Title"]);
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{html.Encode(language)}">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{title} · Roundtable</title>
            <link rel="stylesheet" href="/_content/Platform.Web/lib/pico.min.css" /><link rel="stylesheet" href="/_content/Platform.Web/css/site.css" /></head>
            <body><main id="main" class="container"><h1>{title}</h1>
            <p role="alert">{html.Encode(text["Intake.TooMany.Body", minutes])}</p>
            <p><a href="{html.Encode(IntakeLinks.Path("/report", language))}">{html.Encode(text["Intake.BackToStart"])}</a></p></main></body>
            </html>
            """,
            context.RequestAborted);
    }
}
