using Hangfire.AspNetCore;
using Microsoft.AspNetCore.Diagnostics;
using Platform.Grains.Reminders;
using Platform.Web.Access;

namespace Platform.Host.Jobs;

internal static class JobExtensions
{
    /// <summary>The dashboard's address; administrators only.</summary>
    public const string DashboardPath = "/admin/jobs";

    /// <summary>
    /// The reminder scans, mail delivery and digest as Hangfire recurring jobs: the only AddHangfire in the host. Storage by
    /// <see cref="JobStorageFactory"/>; storage and activator are this host's own services, never Hangfire's process-wide
    /// defaults, so two hosts in one process (the tests) never run each other's jobs. <c>Jobs:Enabled=false</c> keeps the
    /// services and the dashboard but runs no server and schedules nothing.
    /// </summary>
    public static WebApplicationBuilder AddPlatformJobs(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<MeetingReminderScan>();
        services.AddSingleton<ActionReminderScan>();
        services.AddSingleton<RecordFollowUpScan>();
        services.AddSingleton<EscalationScan>();
        services.AddSingleton<ReminderMessages>();
        services.AddSingleton<ReminderScanner>();
        services.AddSingleton<EscalationScanner>();

        services.AddSingleton(_ => JobStorageFactory.Create(builder.Configuration));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, config) => config
            .UseLogProvider(new HangfireLogProvider(provider.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());

        var options = builder.Configuration.GetSection(JobOptions.Section).Get<JobOptions>() ?? new JobOptions();
        if (!options.Enabled)
        {
            return builder;
        }

        var before = services.Count;
        services.AddHangfireServer((_, server) =>
        {
            server.WorkerCount = 5;
            // How often recurring and delayed runs are looked for: the 30 s mail interval stays within a few seconds.
            server.SchedulePollingInterval = TimeSpan.FromSeconds(5);
        });

        // The job server and the schedule start once the host answers (AfterStartup), not before it.
        var server = services.Skip(before).Single(d => d.ServiceType == typeof(IHostedService));
        services.Remove(server);
        services.AddSingleton<IHostedService>(sp => new AfterStartup(
            (IHostedService)(server.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, server.ImplementationType!)),
            sp.GetRequiredService<IHostApplicationLifetime>()));
        services.AddSingleton(options);
        services.AddSingleton<IHostedService>(sp => new AfterStartup(ActivatorUtilities.CreateInstance<JobSchedule>(sp), sp.GetRequiredService<IHostApplicationLifetime>()));
        services.AddHostedService<MailKick>();
        return builder;
    }

    /// <summary>
    /// The Hangfire dashboard under <see cref="DashboardPath"/>, behind the administrator policy instead of Hangfire's
    /// local-requests filter. Its posts (retry, delete, trigger) carry the antiforgery token it reads from the page, checked by
    /// the host's own antiforgery service. Its answers keep their status: the site's status-code page would re-run a refused
    /// post as a post to the not-found page.
    /// </summary>
    public static WebApplication MapJobDashboard(this WebApplication app)
    {
        var options = new DashboardOptions
        {
            AppPath = "/admin",
            DashboardTitle = "Roundtable jobs",
            DisplayStorageConnectionString = false,
            Authorization = [],
            AsyncAuthorization = [],
        };
        app.MapHangfireDashboard(DashboardPath, options)
            .RequireAuthorization(AccessPolicies.Administer)
            .Add(endpoint =>
            {
                var dashboard = endpoint.RequestDelegate!;
                endpoint.RequestDelegate = context =>
                {
                    if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
                    {
                        pages.Enabled = false;
                    }

                    return dashboard(context);
                };
            });
        return app;
    }
}
