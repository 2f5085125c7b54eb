using Microsoft.Extensions.Logging.Abstractions;
using Platform.Grains.Mail;
using Platform.Grains.Tests.Calendar;

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

    [NodeFact]
    public async Task RunAsync_MailWithCalendarFile_ArrivesAsTextCalendarAttachmentThatIcalJsReadsAsTheRequest()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var server = await SmtpServerProcess.StartAsync();
        var options = new MailOptions { From = "roundtable@example.org", Smtp = { Host = "127.0.0.1", Port = server.Port, EnableSsl = false } };
        var transport = new MailTransport(new SmtpMailSender(options, Path.Combine(db.Folder, "outbox")));
        var now = DateTimeOffset.UtcNow;
        var meeting = new Platform.Grains.Calendar.CalendarEvent(
            Guid.NewGuid(), Guid.NewGuid(), "Mesa de seguimiento", now.AddDays(9), now.AddDays(9).AddHours(2), "America/Bogota", "Alcaldía", null, null, 3, false, now);
        var ics = Platform.Grains.Calendar.IcsWriter.ForMail([meeting], "https://roundtable.example.org", now, options.From, "zoe@example.org");
        var mail = new OutgoingMail("zoe@example.org", "Reunión modificada", "La reunión cambió de hora.")
        {
            Attachment = new MailAttachment("invite.ics", "text/calendar; method=REQUEST; charset=utf-8", ics),
        };
        await new MailOutboxStore(db.Database).QueueAsync(new QueuedMail(null, null, mail, now, now));

        await new MailDelivery(new MailOutboxStore(db.Database), transport, NullLogger<MailDelivery>.Instance).RunAsync(now);
        var received = await server.NextAsync();
        using var message = await MimeKit.MimeMessage.LoadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(received.Data)));
        var attachment = Assert.IsType<MimeKit.TextPart>(Assert.Single(message.Attachments));
        var parsed = Assert.Single(await IcalJs.ParseAsync(attachment.Text));

        Assert.Contains("La reunión cambió de hora.", message.TextBody, StringComparison.Ordinal);
        Assert.Equal(("text/calendar", "REQUEST", "invite.ics"), (attachment.ContentType.MimeType, attachment.ContentType.Parameters["method"], attachment.FileName));
        Assert.Equal("REQUEST", parsed.Method);
        var entry = Assert.Single(parsed.Events);
        Assert.Equal((3, "Mesa de seguimiento"), (entry.Sequence, entry.Summary));
        await using var connection = await db.Database.OpenAsync();
        Assert.Equal(0, await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT COUNT(*) FROM mail_outbox WHERE attachment_content IS NOT NULL"));
    }

    [Fact]
    public async Task SendAsync_ServerNeverAnswers_FailsWithinTheTimeoutAsAnAttemptToRetry()
    {
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        var port = ((System.Net.IPEndPoint)silent.LocalEndpoint).Port;
        var options = new MailOptions { Smtp = { Host = "127.0.0.1", Port = port, EnableSsl = false, Timeout = TimeSpan.FromMilliseconds(300) } };
        var sender = new SmtpMailSender(options, Path.GetTempPath());

        // The listener accepts the connection but never greets: only the timeout ends the send.
        await Assert.ThrowsAsync<TimeoutException>(() => sender.SendAsync(new OutgoingMail("zoe@example.org", "Hola", "Texto")));
    }
}
