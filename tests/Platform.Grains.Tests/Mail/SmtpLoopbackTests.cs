using Microsoft.Extensions.Logging.Abstractions;
using Platform.Grains.Mail;
using Platform.Grains.Tests.Storage;

namespace Platform.Grains.Tests.Mail;

/// <summary>The real <see cref="SmtpMailSender"/> over a real socket to an SMTP server on loopback (our own sink, so it always runs).</summary>
public sealed class SmtpLoopbackTests
{
    [Fact]
    public async Task RunAsync_RealSmtpServerOnLoopback_MessageArrivesWithSubjectAndBody()
    {
        using var db = await TempDatabase.MigratedAsync();
        using var sink = new SmtpSink();
        var options = new MailOptions { From = "roundtable@example.org", Smtp = { Host = "127.0.0.1", Port = sink.Port, EnableSsl = false } };
        var transport = new MailTransport(new SmtpMailSender(options, Path.Combine(db.Folder, "outbox")));
        var now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        await new MailOutboxStore(db.Database).QueueAsync(new QueuedMail(
            null, null, new OutgoingMail("zoe@example.org", "Weekly digest 2026-W48", "Reunión mensual: jueves\nhttps://roundtable.example.org/notifications"), now, now));

        var sent = await new MailDelivery(new MailOutboxStore(db.Database), transport, NullLogger<MailDelivery>.Instance).RunAsync(now);
        var message = await sink.Received.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, sent);
        Assert.Contains("MAIL FROM:<roundtable@example.org>", sink.Commands);
        Assert.Contains(sink.Commands, c => c.StartsWith("RCPT TO:<zoe@example.org>", StringComparison.Ordinal));
        Assert.Contains("Subject: Weekly digest 2026-W48", message, StringComparison.Ordinal);
        Assert.Contains("Reunión mensual: jueves", message, StringComparison.Ordinal);
        Assert.Contains("https://roundtable.example.org/notifications", message, StringComparison.Ordinal);
        Assert.Empty(await new MailOutboxQueries(db.Database).TroubledAsync());
    }
}
