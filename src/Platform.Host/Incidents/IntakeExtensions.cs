using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Platform.Host.Incidents;

/// <summary>
/// The public intake (issue 14): <c>/report</c> pages with no account. Its requests are never logged below Error
/// (<see cref="IntakeLogSilence"/>), its posts are limited per address in memory and under one cap
/// (<see cref="IntakeLimits"/>), and its language comes from the link, not a cookie (<see cref="LocalizationExtensions"/>).
/// </summary>
internal static class IntakeExtensions
{
    public static WebApplicationBuilder AddPublicIntake(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IPublicIntake, GrainIntake>();
        builder.Services.AddSingleton<PublicReportScan>();
        builder.Services.AddSingleton<Platform.Messages.Reminders.PublicReportScanner>();
        builder.Services.AddHttpContextAccessor();

        // Every logger the host hands out goes through the silence; LoggerFactory itself stays as configured.
        builder.Services.TryAddSingleton<LoggerFactory>();
        builder.Services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(services =>
            new IntakeLogSilence(services.GetRequiredService<LoggerFactory>(), services.GetRequiredService<IHttpContextAccessor>())));
        return builder;
    }

    /// <summary>First in the pipeline: marks an intake request before anything (forwarded headers, re-executed error pages) can log it.</summary>
    public static IApplicationBuilder UseIntakeMarker(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            if (IntakeLogSilence.OnIntakePath(context))
            {
                context.Items[IntakeLogSilence.Marker] = true;
            }

            return next(context);
        });
}
