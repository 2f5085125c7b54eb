using Platform.Grains.Mail;
using Platform.Grains.Notifications;
using Platform.Web.Components.Layout;
using Platform.Web.Notifications;
using Platform.Messages.Notifications;

namespace Platform.Host.Notifications;

/// <summary>
/// Delivery: the notifier, the mail requests grains write and the outbox every mail passes through (sent by the delivery
/// job, kicked after each commit that queued mail), preferences, the weekly digest, and the live unread count. The jobs
/// are in <see cref="Jobs.DeliveryJobs"/>.
/// </summary>
internal static class DeliveryExtensions
{
    public static WebApplicationBuilder AddDelivery(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var mail = builder.Configuration.GetSection(MailOptions.Section).Get<MailOptions>() ?? new MailOptions();
        services.AddSingleton(mail);
        services.AddSingleton(sp => new MailTransport(new SmtpMailSender(mail, Path.Combine(sp.GetRequiredService<Database>().DataDirectory, "outbox"))));
        services.AddSingleton(sp => new MailDelivery(
            sp.GetRequiredService<MailOutboxStore>(), sp.GetRequiredService<MailTransport>(), sp.GetRequiredService<ILogger<MailDelivery>>(), mail));
        services.AddSingleton<MailDispatch>();

        services.AddSingleton<NotificationWriter>();
        services.AddSingleton<Notifier>();
        services.AddSingleton<INotifier>(sp => sp.GetRequiredService<Notifier>());
        services.AddSingleton<DigestComposer>();
        services.AddSingleton<DigestScan>();
        return builder;
    }

    /// <summary>The header's notification link as a fragment, for live.js to re-fetch: the signed-in person's own count only.</summary>
    public static WebApplication MapDeliveryEndpoints(this WebApplication app)
    {
        app.MapGet("/notifications/count", async (HttpContext http, NotificationQueries queries) =>
        {
            var userId = http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
            var unread = userId is null ? 0 : await queries.UnreadCountAsync(userId, http.RequestAborted);
            return new Microsoft.AspNetCore.Http.HttpResults.RazorComponentResult<NotificationsLink>(new { Unread = (int?)unread });
        }).RequireAuthorization().WithName("NotificationCount");
        return app;
    }
}
