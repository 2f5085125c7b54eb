using Microsoft.Extensions.Logging;

namespace Platform.Grains.Mail;

/// <summary>
/// Sends due rows of the mail outbox through the transport. Each row is leased first (two hosts never send it twice),
/// then marked sent or given its next attempt by <see cref="MailBackoff"/>; after the last attempt it shows on the
/// administrators' failed-mail list.
/// </summary>
public sealed partial class MailDelivery(MailOutboxStore outbox, MailTransport transport, ILogger<MailDelivery> logger)
{
    /// <summary>Long enough for one batch over a slow server; a host that dies mid-batch frees its rows when it ends.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private const int BatchSize = 50;

    /// <summary>Delivers everything due at <paramref name="now"/>; returns how many were sent.</summary>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var sent = 0;
        foreach (var mail in await outbox.ClaimDueAsync(now, now + Lease, BatchSize, cancellationToken))
        {
            try
            {
                await transport.Sender.SendAsync(new OutgoingMail(mail.ToAddress, mail.Subject, mail.Body), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var attempts = (int)mail.Attempts + 1;
                var wait = MailBackoff.After(attempts);
                await outbox.MarkAttemptFailedAsync(mail.Id, attempts, now + (wait ?? TimeSpan.Zero), wait is null ? now : null, e.GetType().Name, cancellationToken);
                LogAttemptFailed(logger, attempts, e.GetType().Name);
                continue;
            }

            await outbox.MarkSentAsync(mail.Id, now, cancellationToken);
            sent++;
        }

        return sent;
    }

    // Only the attempt number and exception type: SMTP messages can quote the recipient's address.
    [LoggerMessage(LogLevel.Warning, "Mail delivery attempt {Attempt} failed ({ErrorType}).")]
    private static partial void LogAttemptFailed(ILogger logger, int attempt, string errorType);
}

/// <summary>The real transport (SMTP or the pickup folder); only <see cref="MailDelivery"/> uses it, everyone else queues in the outbox.</summary>
public sealed record MailTransport(IMailSender Sender);
