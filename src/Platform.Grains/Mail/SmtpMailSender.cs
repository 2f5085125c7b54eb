using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace Platform.Grains.Mail;

/// <summary>
/// System.Net.Mail in one of two modes: a real SMTP server, or a pickup folder of .eml files
/// (the outbox) so invitations and resets work on a machine without any mail server.
/// </summary>
public sealed class SmtpMailSender(MailOptions options, string outboxDirectory) : IMailSender
{
    public string OutboxDirectory { get; } = outboxDirectory;

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        using var message = new MailMessage(options.From, mail.To, mail.Subject, mail.Body)
        {
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            // 8bit keeps links readable in the .eml file (quoted-printable would split and escape them).
            BodyTransferEncoding = TransferEncoding.EightBit,
        };
        if (!string.IsNullOrEmpty(mail.MessageId))
        {
            message.Headers.Add("Message-ID", $"<{mail.MessageId}@{Domain(options.From)}>");
        }

        using var client = CreateClient();

        // Only an address with accents (zoé@…) needs SMTPUTF8; everything else keeps encoded headers that any server accepts.
        if (!Ascii.IsValid(mail.To))
        {
            client.DeliveryFormat = SmtpDeliveryFormat.International;
        }
        await client.SendMailAsync(message, cancellationToken);
    }

    private static string Domain(string from)
    {
        var at = from.LastIndexOf('@');
        var domain = at < 0 ? "" : new string([.. from[(at + 1)..].Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-')]);
        return domain.Length == 0 ? "localhost" : domain;
    }

    private SmtpClient CreateClient()
    {
        if (string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            // Names and addresses: the pickup folder is owner-only (the process umask makes each .eml 0600 too).
            Storage.OwnerOnly.CreateDirectory(OutboxDirectory);
            return new SmtpClient
            {
                DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
                PickupDirectoryLocation = OutboxDirectory,
            };
        }

        var client = new SmtpClient(options.Smtp.Host, options.Smtp.Port)
        {
            EnableSsl = options.Smtp.EnableSsl,
            Timeout = (int)Math.Min(100_000, options.Lease.TotalMilliseconds / 2),
        };
        if (!string.IsNullOrEmpty(options.Smtp.UserName))
        {
            client.Credentials = new NetworkCredential(options.Smtp.UserName, options.Smtp.Password);
        }

        return client;
    }
}
