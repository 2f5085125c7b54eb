using Platform.Grains.Mail;

namespace Platform.Host.Tests.Notifications;

public sealed class MailOutboxPageTests
{
    [Fact]
    public async Task AdminMail_FailedMail_ListedWithErrorTypeAndRetryNowMakesItDue()
    {
        using var factory = new PlatformFactory();
        using var admin = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);
        var now = factory.Time.GetUtcNow();
        var outbox = factory.Services.GetRequiredService<MailOutboxStore>();
        await outbox.QueueAsync(new QueuedMail(null, null, new OutgoingMail("zoe@example.org", "Invitation to Segovia", "secreto"), now, now, MailBackoff.MaxAttempts, "SmtpException"));
        await factory.ExecuteAsync("UPDATE mail_outbox SET failed_at = created_at");

        var list = await admin.GetAsync("/admin/mail");
        var home = await admin.GetAsync("/admin");
        var row = list.Document.QuerySelector("main table.mail-outbox tbody tr.failed");
        var posted = await admin.SubmitAsync("/admin/mail", "main form", new Dictionary<string, string>
        {
            ["Retry.Id"] = row!.QuerySelector("button[name='Retry.Id']")!.GetAttribute("value")!,
        });
        var delivered = await factory.Services.GetRequiredService<MailDelivery>().RunAsync(factory.Time.GetUtcNow());

        Assert.Contains("zoe@example.org", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("SmtpException", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("secreto", list.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(home.Document.QuerySelector("main a[href='/admin/mail']"));
        Assert.Equal(HttpStatusCode.Found, posted.Status);
        Assert.Equal(1, delivered);
        Assert.Contains("Invitation to Segovia", Assert.Single(factory.OutboxMessages()), StringComparison.Ordinal);
    }
}
