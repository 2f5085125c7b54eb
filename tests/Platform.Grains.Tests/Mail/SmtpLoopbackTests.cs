using Microsoft.Extensions.Logging.Abstractions;
using Platform.Grains.Mail;
using Platform.Grains.Tests.Calendar;
using Platform.Grains.Tests.Storage;

namespace Platform.Grains.Tests.Mail;

/// <summary>
/// The real <see cref="SmtpMailSender"/>, driven by <see cref="MailDelivery"/>, over a real socket to an SMTP server we
/// did not write (nodemailer's smtp-server, tests/smtp-sink) on loopback; the message is read back from the server.
/// </summary>
public sealed class SmtpLoopbackTests
{
    [NodeFact]
    public async Task RunAsync_RealSmtpServerOnLoopback_MessageArrivesWithSubjectAndBody()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var server = await SmtpServerProcess.StartAsync();
        var options = new MailOptions { From = "roundtable@example.org", Smtp = { Host = "127.0.0.1", Port = server.Port, EnableSsl = false } };
        var transport = new MailTransport(new SmtpMailSender(options, Path.Combine(db.Folder, "outbox")));
        var now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        await new MailOutboxStore(db.Database).QueueAsync(new QueuedMail(
            null, null, new OutgoingMail("zoe@example.org", "Resumen semanal 2026-W48", "Reunión mensual: jueves\nhttps://roundtable.example.org/notifications"), now, now));

        var sent = await new MailDelivery(new MailOutboxStore(db.Database), transport, NullLogger<MailDelivery>.Instance).RunAsync(now);
        var message = await server.NextAsync();

        Assert.Equal(1, sent);
        Assert.Equal("roundtable@example.org", message.From);
        Assert.Equal(["zoe@example.org"], message.To);
        Assert.Contains("Reunión mensual: jueves", message.Data, StringComparison.Ordinal);
        Assert.Contains("https://roundtable.example.org/notifications", message.Data, StringComparison.Ordinal);
        Assert.Contains("Subject: Resumen semanal 2026-W48", message.Data, StringComparison.Ordinal);
        Assert.Empty(await new MailOutboxQueries(db.Database).TroubledAsync());
    }
}
