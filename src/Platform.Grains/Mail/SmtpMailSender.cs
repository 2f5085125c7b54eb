using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MimeKit.Text;

namespace Platform.Grains.Mail;

/// <summary>
/// MailKit in one of two modes: a real SMTP server, or a pickup folder of .eml files (the outbox) so invitations and
/// resets work on a machine without any mail server. A send to a server is bounded by <see cref="MailOptions.SmtpOptions.Timeout"/>
/// (connect, authenticate, send and quit together), capped to half the outbox lease, and stops when delivery is cancelled.
/// </summary>
public sealed class SmtpMailSender(MailOptions options, string outboxDirectory) : IMailSender
{
    private static readonly FormatOptions Pickup = new() { NewLineFormat = NewLineFormat.Dos };

    public string OutboxDirectory { get; } = outboxDirectory;

    /// <summary>How long one send may take before it counts as a failed attempt.</summary>
    public TimeSpan Timeout => TimeSpan.FromTicks(Math.Min(options.Smtp.Timeout.Ticks, options.Lease.Ticks / 2));

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        using var message = Compose(mail);
        if (string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            await WritePickupAsync(message, cancellationToken);
            return;
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Timeout);
        using var client = new SmtpClient { Timeout = (int)Math.Max(1, Timeout.TotalMilliseconds) };
        try
        {
            await client.ConnectAsync(options.Smtp.Host, options.Smtp.Port, Security(), limit.Token);
            if (!string.IsNullOrEmpty(options.Smtp.UserName))
            {
                await client.AuthenticateAsync(options.Smtp.UserName, options.Smtp.Password ?? "", limit.Token);
            }

            await client.SendAsync(message, limit.Token);
            await client.DisconnectAsync(true, limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Our own limit, not the caller's cancellation: a failed attempt, retried with back-off like any other.
            throw new TimeoutException("The mail server did not finish the send in time.");
        }
    }

    /// <summary>The MIME message: UTF-8 text in 8bit (links stay readable in the .eml file), the attachment in base64.</summary>
    public MimeMessage Compose(OutgoingMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        if (!string.IsNullOrEmpty(mail.MessageId))
        {
            // The outbox row's id: a mail sent again after a crash is recognisably the same message.
            message.MessageId = $"{mail.MessageId}@{Domain(options.From)}";
        }

        var text = new TextPart(TextFormat.Plain) { ContentTransferEncoding = ContentEncoding.EightBit };
        text.SetText(Encoding.UTF8, mail.Body);
        if (mail.Attachment is not { } attachment)
        {
            message.Body = text;
            return message;
        }

        // A text part of the stored media type (text/calendar) with its parameters (method=REQUEST); SetText sets the charset.
        var type = ContentType.Parse(attachment.ContentType);
        var file = new TextPart(type.MediaSubtype)
        {
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = attachment.FileName,
        };
        foreach (var parameter in type.Parameters.Where(p => !p.Name.Equals("charset", StringComparison.OrdinalIgnoreCase)))
        {
            file.ContentType.Parameters.Add(parameter.Name, parameter.Value);
        }

        file.SetText(Encoding.UTF8, attachment.Content);
        message.Body = new Multipart("mixed") { text, file };
        return message;
    }

    private SecureSocketOptions Security() =>
        !options.Smtp.EnableSsl ? SecureSocketOptions.None
        : options.Smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
        : SecureSocketOptions.StartTls;

    /// <summary>Writes the message under a temporary name, then renames it: a reader of the folder never sees half a file.</summary>
    private async Task WritePickupAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        // Names and addresses: the pickup folder is owner-only (the process umask makes each .eml 0600 too).
        Storage.OwnerOnly.CreateDirectory(OutboxDirectory);
        var name = Path.Combine(OutboxDirectory, Guid.NewGuid().ToString("D"));
        await using (var stream = new FileStream(name + ".tmp", FileMode.CreateNew, FileAccess.Write))
        {
            // The envelope first, as pickup folders have always had it (readers of the folder look for X-Receiver), then
            // the message with CRLF line ends, as it would travel over SMTP.
            var envelope = $"X-Sender: {options.From}\r\nX-Receiver: {message.To.Mailboxes.First().Address}\r\n";
            await stream.WriteAsync(Encoding.UTF8.GetBytes(envelope), cancellationToken);
            await message.WriteToAsync(Pickup, stream, cancellationToken);
        }

        File.Move(name + ".tmp", name + ".eml");
    }

    private static string Domain(string from)
    {
        var at = from.LastIndexOf('@');
        var domain = at < 0 ? "" : new string([.. from[(at + 1)..].Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-')]);
        return domain.Length == 0 ? "localhost" : domain;
    }
}
